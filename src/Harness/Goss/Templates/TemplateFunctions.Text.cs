namespace IacTest.Harness.Goss.Templates;

/// <summary>Sprig's case conversions, wrapping and abbreviation (see <see cref="SprigCase"/>), with Sprig's argument order.</summary>
internal sealed partial class TemplateFunctions
{
    private void AddCaseAndWrap()
    {
        AddText("camelcase", SprigCase.ToCamelCase);
        AddText("snakecase", s => SprigCase.ToLowerWords(s, '_'));
        AddText("kebabcase", s => SprigCase.ToLowerWords(s, '-'));
        AddText("swapcase", SprigCase.SwapCase);
        Add("wrap", 2, 2, a => SprigCase.Wrap(TemplateValues.Text(a[1]), (int)Integer(a[0]), "\n", wrapLongWords: false));
        Add("wrapWith", 3, 3, a => SprigCase.Wrap(TemplateValues.Text(a[2]), (int)Integer(a[0]), TemplateValues.Text(a[1]), wrapLongWords: true));
        Add("abbrevboth", 3, 3, a => SprigCase.AbbreviateBoth((int)Integer(a[0]), (int)Integer(a[1]), TemplateValues.Text(a[2])));
        Alias("trimall", "trimAll"); // Sprig's older spelling
        Add("hello", 0, 0, _ => "Hello!");
    }
}
