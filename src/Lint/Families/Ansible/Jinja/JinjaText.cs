using System.Text.RegularExpressions;

namespace IacTest.Lint.Families.Ansible.Jinja;

/// <summary>Small text helpers about Jinja in YAML values.</summary>
internal static partial class JinjaText
{
    /// <summary>Whether the text holds a Jinja expression or statement, as ansible-lint's <c>has_jinja</c> sees it.</summary>
    public static bool HasJinja(string text) => HasJinjaRegex().IsMatch(text);

    /// <summary>Replaces every <c>{{ … }}</c>, <c>{% … %}</c> and <c>{# … #}</c> with <c>JINJA_EXPRESSION</c>-like words, as ansible-lint's <c>unjinja</c>.</summary>
    public static string Unjinja(string text)
    {
        text = ExpressionRegex().Replace(text, "JINJA_EXPRESSION");
        text = StatementRegex().Replace(text, "JINJA_STATEMENT");
        return CommentRegex().Replace(text, "JINJA_COMMENT");
    }

    [GeneratedRegex(@"{[{%#].*[%#}]}", RegexOptions.Singleline)]
    private static partial Regex HasJinjaRegex();

    [GeneratedRegex(@"{{.+?}}")]
    private static partial Regex ExpressionRegex();

    [GeneratedRegex(@"{%.+?%}")]
    private static partial Regex StatementRegex();

    [GeneratedRegex(@"{#.+?#}")]
    private static partial Regex CommentRegex();
}
