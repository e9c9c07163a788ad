
# cjm: session names from the data directory, read at each Tab (CJM_HOME,
# when set, is looked up then; otherwise the directory cjm had when this
# script was made).
function __fish_cjm_sessions
    set -l dir '@DIR@'
    if set -q CJM_HOME; and test -n "$CJM_HOME"
        set dir "$CJM_HOME/sessions"
    end
    for f in $dir/*.ron
        test -f $f; and basename $f .ron
    end
end
complete -c cjm -n "__fish_cjm_using_subcommand run export replay discuss validate" -a "(__fish_cjm_sessions)"
complete -c cjm -n "__fish_cjm_using_subcommand new discuss" -l from -r -a "(__fish_cjm_sessions)"
