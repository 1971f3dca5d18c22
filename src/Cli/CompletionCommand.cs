namespace IacTest.Cli;

/// <summary>
/// <c>iactest completion bash|zsh|fish|pwsh</c>: prints a completion script for the shell, written from one list of the
/// commands and options (<see cref="CompletionWords"/>), so every shell completes the same words.
/// </summary>
internal static class CompletionCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        if (args.Length != 1)
        {
            throw new UsageException("completion needs one shell: bash, zsh, fish or pwsh (e.g. `source <(iactest completion bash)`).");
        }

        output.Write(args[0] switch
        {
            "bash" => Bash(),
            "zsh" => Zsh(),
            "fish" => Fish(),
            "pwsh" or "powershell" => PowerShell(),
            _ => throw new UsageException($"unknown shell '{args[0]}' for completion: use bash, zsh, fish or pwsh."),
        });
        return CommandLine.Success;
    }

    private static string Words(IEnumerable<string> words) => string.Join(' ', words);

    private static string Bash()
    {
        var cases = string.Join("\n", CompletionWords.Values.Select(v => $"        {string.Join('|', v.Options)}) " + v.Kind switch
        {
            ValueKind.File => "COMPREPLY=($(compgen -f -- \"$cur\")); return ;;",
            ValueKind.Folder => "COMPREPLY=($(compgen -d -- \"$cur\")); return ;;",
            // The words before the last comma are kept as they are typed; only the last one is completed.
            ValueKind.WordList => $"COMPREPLY=($(compgen -P \"${{cur%\"${{cur##*,}}\"}}\" -W \"{Words(v.Words)}\" -- \"${{cur##*,}}\")); return ;;",
            ValueKind.Text => "return ;;",
            _ => $"COMPREPLY=($(compgen -W \"{Words(v.Words)}\" -- \"$cur\")); return ;;",
        }));
        var commands = string.Join("\n", CompletionWords.Commands.Select(c =>
            $"        {c.Name}) COMPREPLY=($(compgen -W \"{Words(c.Options)}\" -- \"$cur\")) ;;"));
        return $$"""
            # bash completion for iactest: add `source <(iactest completion bash)` to ~/.bashrc
            _iactest() {
                local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
                COMPREPLY=()
                case "$prev" in
            {{cases}}
                esac
                if [[ $COMP_CWORD -eq 1 ]]; then
                    COMPREPLY=($(compgen -W "{{Words(CompletionWords.Commands.Select(c => c.Name).Concat(CompletionWords.TopLevel))}}" -- "$cur"))
                    return
                fi
                if [[ "$cur" == -* ]]; then
                    case "${COMP_WORDS[1]}" in
            {{commands}}
                    esac
                    return
                fi
                case "${COMP_WORDS[1]}" in
                    completion) COMPREPLY=($(compgen -W "{{Words(CompletionWords.Shells)}}" -- "$cur")) ;;
                    *) COMPREPLY=($(compgen -f -- "$cur")) ;;
                esac
            }
            complete -o filenames -F _iactest iactest

            """;
    }

    private static string Zsh()
    {
        var commands = string.Join("\n", CompletionWords.Commands.Select(c => $"            {c.Name}) options=({Words(c.Options)}) ;;"));
        var values = string.Join("\n", CompletionWords.Values.Select(v =>
            $"        {string.Join('|', v.Options)}) {v.Kind switch
            {
                ValueKind.File => "_files",
                ValueKind.Folder => "_files -/",
                ValueKind.WordList => $"_sequence compadd - {Words(v.Words)}",
                ValueKind.Text => "_message value",
                _ => $"compadd -- {Words(v.Words)}",
            }}; return ;;"));
        return $$"""
            #compdef iactest
            # zsh completion for iactest: add `source <(iactest completion zsh)` to ~/.zshrc (after compinit), or save it
            # as _iactest in a folder of $fpath
            _iactest() {
                local -a options
                if (( CURRENT == 2 )); then
                    compadd -- {{Words(CompletionWords.Commands.Select(c => c.Name).Concat(CompletionWords.TopLevel))}}
                    return
                fi
                case "${words[CURRENT-1]}" in
            {{values}}
                esac
                if [[ "${words[2]}" == completion ]]; then
                    compadd -- {{Words(CompletionWords.Shells)}}
                    return
                fi
                if [[ "${words[CURRENT]}" == -* ]]; then
                    case "${words[2]}" in
            {{commands}}
                    esac
                    compadd -- $options
                    return
                fi
                _files
            }
            # Loaded from $fpath, this file is the body of _iactest and runs on the first Tab: complete that Tab too.
            # Sourced, it registers the function.
            if [[ "${funcstack[1]}" == _iactest ]]; then
                _iactest "$@"
            else
                compdef _iactest iactest
            fi

            """;
    }

    private static string Fish()
    {
        var lines = new List<string>
        {
            "# fish completion for iactest: iactest completion fish > ~/.config/fish/completions/iactest.fish",
            "complete -c iactest -f",
            $"complete -c iactest -n __fish_use_subcommand -a '{Words(CompletionWords.Commands.Select(c => c.Name))}'",
            $"complete -c iactest -n __fish_use_subcommand -l version -d 'print the version'",
            $"complete -c iactest -n __fish_use_subcommand -l help -d 'print the help'",
            $"complete -c iactest -n '__fish_seen_subcommand_from completion' -a '{Words(CompletionWords.Shells)}'",
        };
        foreach (var value in CompletionWords.Values.Where(v => v.Kind == ValueKind.WordList))
        {
            // __fish_complete_list completes the item after the last comma from what the function prints.
            lines.Add($"function {ListFunction(value.Options)}; printf '%s\\n' {Words(value.Words)}; end");
        }

        foreach (var command in CompletionWords.Commands)
        {
            for (var index = 0; index < command.Options.Length; index++)
            {
                var option = command.Options[index];
                if (!option.StartsWith("--", StringComparison.Ordinal))
                {
                    continue;
                }

                // A short option is listed right before its long form: one fish line names both.
                var previous = index > 0 ? command.Options[index - 1] : string.Empty;
                var names = previous.Length == 2 && previous[0] == '-' ? $"-s {previous[1]} -l {option[2..]}" : $"-l {option[2..]}";
                var values = CompletionWords.Values.Where(v => v.Options.Contains(option)).ToList();
                // -x (a value, and no file names) keeps the file names the command's arguments take away from an option's value.
                var arguments = values.Count == 0 ? string.Empty : values[0].Kind switch
                {
                    ValueKind.File => " -r -F",
                    ValueKind.Folder => " -x -a '(__fish_complete_directories)'",
                    ValueKind.WordList => $" -x -a '(__fish_complete_list , {ListFunction(values[0].Options)})'",
                    ValueKind.Text => " -x",
                    _ => $" -x -a '{Words(values[0].Words)}'",
                };
                lines.Add($"complete -c iactest -n '__fish_seen_subcommand_from {command.Name}' {names}{arguments}");
            }
        }

        lines.Add("complete -c iactest -n '__fish_seen_subcommand_from lint build-lint' -F");
        return string.Join("\n", lines) + "\n";
    }

    private static string ListFunction(string[] options) => "__iactest_" + options.Last().TrimStart('-').Replace('-', '_');

    private static string PowerShell()
    {
        var commands = string.Join("\n", CompletionWords.Commands.Select(c => $"        '{c.Name}' = @({string.Join(", ", c.Options.Select(o => $"'{o}'"))})"));
        var values = string.Join("\n", CompletionWords.Values.Where(v => v.Kind is ValueKind.Words or ValueKind.WordList)
            .SelectMany(v => v.Options.Select(o => $"        '{o}' = @({string.Join(", ", v.Words.Select(w => $"'{w}'"))})")));
        return $$"""
            # PowerShell completion for iactest: add `iactest completion pwsh | Out-String | Invoke-Expression` to $PROFILE
            Register-ArgumentCompleter -Native -CommandName iactest -ScriptBlock {
                param($wordToComplete, $commandAst, $cursorPosition)
                $commands = @{
            {{commands}}
                }
                $values = @{
            {{values}}
                }
                $words = @($commandAst.CommandElements | ForEach-Object { $_.ToString() })
                if ($wordToComplete -ne '') { $words = $words[0..($words.Count - 2)] }
                $candidates = if ($words.Count -le 1) { @({{string.Join(", ", CompletionWords.Commands.Select(c => $"'{c.Name}'").Concat(CompletionWords.TopLevel.Select(t => $"'{t}'")))}}) }
                    elseif ($values.ContainsKey($words[-1])) { $values[$words[-1]] }
                    elseif ($words[1] -eq 'completion') { @({{string.Join(", ", CompletionWords.Shells.Select(s => $"'{s}'"))}}) }
                    elseif ($wordToComplete -like '-*' -and $commands.ContainsKey($words[1])) { $commands[$words[1]] }
                    else { @() }
                $candidates | Where-Object { $_ -like "$wordToComplete*" } | ForEach-Object {
                    [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
                }
            }

            """;
    }
}
