
namespace IacTest.Lint.Families.Yaml.Rules.Support;

/// <summary>A position the way PyYAML marks it: 0-based line and column, and the character offset.</summary>
/// <param name="Line">0-based line (PyYAML counts <c>\n</c>, a lone <c>\r</c>, NEL, LS and PS as breaks).</param>
/// <param name="Column">0-based column in code points.</param>
/// <param name="Index">Offset into the text (UTF-16 units).</param>
internal readonly record struct StreamMark(int Line, int Column, int Index);
