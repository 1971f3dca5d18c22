
namespace IacTest.Lint.Rules;

/// <summary>Codes and names of the findings the engine itself reports (not rules).</summary>
public static class EngineRules
{
    /// <summary>The YAML (or, in a Terraform file, the HCL) does not parse.</summary>
    public const string SyntaxCode = "IAC0001";

    /// <summary>Name of <see cref="SyntaxCode"/>, as yamllint prints it.</summary>
    public const string SyntaxName = "syntax";

    /// <summary>The file cannot be read as text (binary, invalid UTF-8, unreadable).</summary>
    public const string LoadFailureCode = "IAC0002";

    /// <summary>Name of <see cref="LoadFailureCode"/>, as ansible-lint names it.</summary>
    public const string LoadFailureName = "load-failure";

    /// <summary>A configuration file is invalid.</summary>
    public const string ConfigCode = "IAC0003";

    /// <summary>Name of <see cref="ConfigCode"/>.</summary>
    public const string ConfigName = "config";

    /// <summary>
    /// A file, or part of it, was not checked, and why: over the size or nesting limits, not a regular file (a FIFO,
    /// socket or device), an internal failure of the engine or of one rule on it (an error, so no build passes on an
    /// unchecked file), or findings past the per-file limit.
    /// </summary>
    public const string SkippedCode = "IAC0004";

    /// <summary>Name of <see cref="SkippedCode"/>.</summary>
    public const string SkippedName = "skipped";
}
