namespace IacTest.Lint.Hcl;

/// <summary>What a literal value is.</summary>
public enum HclLiteralKind
{
    /// <summary>A number; the value is its source text.</summary>
    Number,
    /// <summary>A string (template text); the value has escapes decoded.</summary>
    String,
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,
    /// <summary><c>null</c>.</summary>
    Null,
    /// <summary>A placeholder where a syntax error left no value.</summary>
    Unknown,
}
