namespace IacTest.Lint.Rules;

/// <summary>The type of a rule option's value.</summary>
public enum RuleOptionType
{
    /// <summary><c>true</c> / <c>false</c>.</summary>
    Boolean,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>Text; may be limited to <see cref="RuleOption.AllowedValues"/>.</summary>
    String,

    /// <summary>A list of strings.</summary>
    StringList,

    /// <summary>A whole number or one of <see cref="RuleOption.AllowedValues"/> (yamllint's <c>spaces: consistent</c>).</summary>
    IntegerOrString,

    /// <summary>A boolean or one of <see cref="RuleOption.AllowedValues"/> (yamllint's <c>indent-sequences: whatever</c>).</summary>
    BooleanOrString,
}
