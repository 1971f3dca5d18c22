using System.Reflection;

namespace IacTest.Cli;

/// <summary>The <c>iactest</c> command line: dispatches to a command and maps outcomes to exit codes.</summary>
public static class CommandLine
{
    /// <summary>Exit code: nothing to report (or only warnings).</summary>
    public const int Success = 0;

    /// <summary>Exit code: errors found.</summary>
    public const int Failure = 1;

    /// <summary>Exit code: the command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>Exit code: an internal error stopped the command before its result was complete.</summary>
    public const int InternalError = 3;

    /// <summary>The version of this tool.</summary>
    public static string Version => InformationalVersion.Split('+')[0];

    /// <summary>The version with the commit it was built from (<c>0.1.0+1a2b3c…</c>), as <c>--version</c> prints it.</summary>
    public static string InformationalVersion =>
        typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, string? workingDirectory = null)
    {
        var directory = workingDirectory ?? Directory.GetCurrentDirectory();
        if (args.Length == 0)
        {
            error.WriteLine(HelpText);
            return Usage;
        }

        // `iactest lint --help` is how most users ask: help for any command prints the whole help.
        if (args.Skip(1).Any(a => a is "--help" or "-h"))
        {
            return Print(output, HelpText);
        }

        try
        {
            return args[0] switch
            {
                "lint" => LintCommand.Run(args[1..], output, error, directory),
                "rules" => RulesCommand.Run(args[1..], output, error, directory),
                "build-lint" => BuildLintCommand.Run(args[1..], output, error, directory),
                "completion" => CompletionCommand.Run(args[1..], output),
                "--version" or "version" => Print(output, InformationalVersion),
                "--help" or "-h" or "help" => Print(output, HelpText),
                _ => Fail(error, $"iactest: unknown command '{args[0]}'.\n{HelpText}"),
            };
        }
        catch (UsageException exception)
        {
            error.WriteLine($"iactest: {exception.Message}");
            return Usage;
        }
        catch (Exception)
        {
            // The engine contains what goes wrong with one file; this is what is left (a bug outside it). The
            // runtime's text means nothing to a user: say what did not happen.
            error.WriteLine($"iactest: {args[0]} stopped on an internal error, so its result is incomplete and was not written; please report it with the command line.");
            return InternalError;
        }
    }

    /// <summary>Help for the whole tool.</summary>
    public const string HelpText = """
        usage: iactest <command> [options]

        commands:
          lint [options] PATH...     lint YAML, Ansible, Kubernetes, Compose and Terraform files (folders are searched)
          rules [--format text|json] list every rule; --docs DIR writes the rule reference pages
          build-lint REQUEST|- [--result FILE]
                                     the lint of one build, on behalf of the SDK's MSBuild task
          completion bash|zsh|fish|pwsh
                                     print a shell completion script (bash: source <(iactest completion bash))
          --version                  print the version and the commit it was built from

        lint options:
          -f, --format FORMAT        text (default), json, sarif, parsable (yamllint's form),
                                     gitlab (Code Quality JSON) or checkstyle (XML)
          -c, --config-file FILE     a yamllint configuration file
          -d, --config-data YAML     yamllint configuration given inline
              --ansible-lint-config FILE
                                     an ansible-lint configuration file
              --no-config-discovery  ignore .yamllint / .ansible-lint files found from the working directory
          -o, --output FILE          write the report to FILE instead of standard output
              --no-warnings          report errors only
              --strict               exit 1 on warnings too
              --fix                  fix what is mechanical (spaces, line breaks, blank lines, sequence indentation,
                                     truthy values, quotes, comment spacing, document start, builtin module FQCN),
                                     then report what is left
              --diff                 show what --fix would change as a unified diff, change nothing;
                                     exit 1 when some file would change
          -j, --jobs N               files linted in parallel (default: one per core)
              --families LIST        only these rule families: yaml, ansible, kubernetes, compose, secrets, terraform
                                     (comma separated; syntax errors are always reported)
              --max-findings N       findings reported per file, then one summary (default 1000; 0: no limit)
              --sarif-root DIR       the repository root sarif and gitlab paths are relative to
                                     (default: the nearest folder upward holding .git)
              --rule-docs-url URL    where sarif's helpUri finds the rule pages (default: IacTest's docs/rules/)

        exit codes: 0 no errors, 1 errors found, 2 bad usage, 3 internal error
        """;

    private static int Print(TextWriter writer, string text)
    {
        writer.WriteLine(text);
        return Success;
    }

    private static int Fail(TextWriter writer, string text)
    {
        writer.WriteLine(text);
        return Usage;
    }
}
