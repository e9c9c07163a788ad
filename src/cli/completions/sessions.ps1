    # cjm: session names from the data directory, read at each Tab
    # (CJM_HOME, when set, is looked up then; otherwise the directory cjm
    # had when this script was made).
    if ($command -in @('cjm;run', 'cjm;export', 'cjm;replay', 'cjm;discuss', 'cjm;validate') -and -not $wordToComplete.StartsWith('-')) {
        $cjmSessions = if ($env:CJM_HOME) { Join-Path $env:CJM_HOME 'sessions' } else { '@DIR@' }
        Get-ChildItem -LiteralPath $cjmSessions -Filter '*.ron' -File -ErrorAction SilentlyContinue | ForEach-Object {
            $completions += [CompletionResult]::new($_.BaseName, $_.BaseName, [CompletionResultType]::ParameterValue, $_.BaseName)
        }
    }

