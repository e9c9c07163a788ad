
# cjm: session names from the data directory, read at each Tab (CJM_HOME,
# when set, is looked up then; otherwise the directory cjm had when this
# script was made).
_cjm_sessions() {
    local dir="${CJM_HOME:+$CJM_HOME/sessions}" f
    dir="${dir:-@DIR@}"
    for f in "$dir"/*.ron; do
        [[ -f $f ]] || continue
        f="${f##*/}"
        printf '%s\n' "${f%.ron}"
    done
}

_cjm_with_sessions() {
    _cjm "$@"
    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" sub="" i
    [[ $cur == -* ]] && return 0
    for ((i = 1; i < COMP_CWORD; i++)); do
        case "${COMP_WORDS[i]}" in
            --lang) ((i++)) ;;
            -*) ;;
            *) sub="${COMP_WORDS[i]}"; break ;;
        esac
    done
    case "$sub,$prev" in
        new,--from | discuss,--from) ;;
        *,-*) return 0 ;;
        run,* | export,* | replay,* | discuss,* | validate,*) ;;
        *) return 0 ;;
    esac
    local name
    while IFS= read -r name; do
        [[ $name == "$cur"* ]] && COMPREPLY+=("$name")
    done < <(_cjm_sessions)
    return 0
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _cjm_with_sessions -o nosort -o bashdefault -o default cjm
else
    complete -F _cjm_with_sessions -o bashdefault -o default cjm
fi
