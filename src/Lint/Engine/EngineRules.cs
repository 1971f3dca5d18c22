namespace IacTest.Lint.Engine;

/// <summary>Codes and names of the findings the engine itself reports (not rules).</summary>
public static class EngineRules
{
    /// <summary>The YAML does not parse.</summary>
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

    /// <summary>Part of a file was not checked (size or nesting limits); says why.</summary>
    public const string SkippedCode = "IAC0004";

    /// <summary>Name of <see cref="SkippedCode"/>.</summary>
    public const string SkippedName = "skipped";
}
