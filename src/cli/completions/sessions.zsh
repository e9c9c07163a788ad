# cjm: session names from the data directory, read at each Tab (CJM_HOME,
# when set, is looked up then; otherwise the directory cjm had when this
# script was made), then files.
(( $+functions[_cjm_sessions] )) ||
_cjm_sessions() {
    local dir="${CJM_HOME:+$CJM_HOME/sessions}"
    dir="${dir:-@DIR@}"
    local -a names
    names=("$dir"/*.ron(N.:t:r))
    (( $#names )) && compadd -X 'sessions' -a names
    _files
}

