
namespace IacTest.Lint.Families.Ansible.Jinja;

/// <summary>The kinds of token inside a Jinja expression.</summary>
internal enum JinjaTokenKind
{
    /// <summary>A name (<c>foo</c>, <c>and</c>, <c>is</c>).</summary>
    Name,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A quoted string.</summary>
    String,

    /// <summary>An operator or punctuation (<c>|</c>, <c>==</c>, <c>(</c>, <c>,</c>).</summary>
    Operator,
}

/// <summary>One token of a Jinja expression.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Text">Its text as written.</param>
internal readonly record struct JinjaToken(JinjaTokenKind Kind, string Text)
{
    /// <summary>Whether this is the operator or name <paramref name="text"/>.</summary>
    public bool Is(string text) => Kind is JinjaTokenKind.Operator or JinjaTokenKind.Name && Text == text;
}
