
namespace IacTest.Lint.Families.Yaml.Configuration;

/// <summary>An invalid yamllint configuration, with where the problem is.</summary>
internal sealed class YamllintConfigException(string message, string file, int line, int column) : Exception(message)
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public int Column { get; } = column;
}
