
namespace IacTest.Lint.Families.Yaml.Rules.Support;

/// <summary>A line as yamllint cuts it: split on <c>\n</c>, a <c>\r</c> just before it is not content.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset after the content.</param>
internal readonly record struct YamlLintLine(int Number, int Start, int End)
{
    /// <summary>Every line of <paramref name="text"/>, the last one included even when empty.</summary>
    public static IEnumerable<YamlLintLine> Split(string text)
    {
        var number = 1;
        var current = 0;
        var next = text.IndexOf('\n');
        while (next != -1)
        {
            var end = next > 0 && text[next - 1] == '\r' ? next - 1 : next;
            yield return new YamlLintLine(number, current, end);
            current = next + 1;
            next = text.IndexOf('\n', current);
            number++;
        }

        yield return new YamlLintLine(number, current, text.Length);
    }
}
