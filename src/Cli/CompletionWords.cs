using IacTest.Lint.Configuration;

namespace IacTest.Cli;

/// <summary>What <c>iactest</c> takes, for the shell completion scripts: a test checks it against the help text.</summary>
internal static class CompletionWords
{
    /// <summary>Each command with its options; a short option comes right before its long form.</summary>
    public static readonly IReadOnlyList<(string Name, string[] Options)> Commands =
    [
        ("lint", ["-f", "--format", "-c", "--config-file", "-d", "--config-data", "--ansible-lint-config", "--no-config-discovery", "-o", "--output",
            "--no-warnings", "--strict", "--fix", "--diff", "-j", "--jobs", "--families", "--max-findings", "--sarif-root", "--rule-docs-url"]),
        ("rules", ["-f", "--format", "--docs"]),
        ("build-lint", ["--result"]),
        ("completion", []),
    ];

    /// <summary>Words that stand alone after <c>iactest</c>.</summary>
    public static readonly IReadOnlyList<string> TopLevel = ["--version", "--help"];

    /// <summary>The shells <c>iactest completion</c> writes for.</summary>
    public static readonly IReadOnlyList<string> Shells = ["bash", "zsh", "fish", "pwsh"];

    /// <summary>Options that take a value, and what the value is.</summary>
    public static readonly IReadOnlyList<(string[] Options, ValueKind Kind, string[] Words)> Values =
    [
        (["-f", "--format"], ValueKind.Words, ["text", "json", "sarif", "parsable", "gitlab", "checkstyle"]),
        (["--families"], ValueKind.WordList, [.. RuleFamilySelection.Names.Keys]),
        (["-d", "--config-data", "-j", "--jobs", "--max-findings", "--rule-docs-url"], ValueKind.Text, []),
        (["-c", "--config-file", "--ansible-lint-config", "-o", "--output", "--result"], ValueKind.File, []),
        (["--sarif-root", "--docs"], ValueKind.Folder, []),
    ];
}
