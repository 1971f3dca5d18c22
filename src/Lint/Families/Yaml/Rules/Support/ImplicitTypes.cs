using System.Text.RegularExpressions;

namespace IacTest.Lint.Families.Yaml.Rules.Support;

/// <summary>
/// The implicit types a YAML 1.1 loader (PyYAML's resolver, plus yamllint's <c>0o</c> octal) gives plain scalars:
/// anything that is not a string.
/// </summary>
internal static partial class ImplicitTypes
{
    /// <summary>Whether a plain scalar with this value resolves to a bool, int, float, null, timestamp, merge or value.</summary>
    public static bool IsNonString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        return value[0] switch
        {
            'y' or 'Y' or 'n' or 'N' or 't' or 'T' or 'f' or 'F' or 'o' or 'O' => Bool().IsMatch(value) || (value[0] is 'n' or 'N' && Null().IsMatch(value)),
            '~' => Null().IsMatch(value),
            '-' or '+' => Int().IsMatch(value) || Float().IsMatch(value),
            >= '0' and <= '9' => Int().IsMatch(value) || Float().IsMatch(value) || Timestamp().IsMatch(value),
            '.' => Float().IsMatch(value),
            '<' => value == "<<",
            '=' => value == "=",
            _ => false,
        };
    }

    [GeneratedRegex(@"^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")]
    private static partial Regex Bool();

    [GeneratedRegex(@"^(?:~|null|Null|NULL|)$")]
    private static partial Regex Null();

    [GeneratedRegex(@"^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$")]
    private static partial Regex Int();

    [GeneratedRegex(@"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex Float();

    [GeneratedRegex(@"^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$")]
    private static partial Regex Timestamp();
}
