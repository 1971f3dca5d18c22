using System.Text.RegularExpressions;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Model;

/// <summary>The JSON type a YAML scalar resolves to, as the loaders of kubectl (YAML 1.1) and Compose (YAML 1.2) see it.</summary>
internal static partial class ScalarTypes
{
    /// <summary>JSON <c>null</c>.</summary>
    public const string Null = "null";

    /// <summary>JSON boolean.</summary>
    public const string Boolean = "boolean";

    /// <summary>JSON integer.</summary>
    public const string Integer = "integer";

    /// <summary>JSON number that is not an integer.</summary>
    public const string Number = "number";

    /// <summary>JSON string.</summary>
    public const string String = "string";

    /// <summary>Resolves a scalar: quoted and block scalars are strings; plain ones follow the YAML schema.</summary>
    /// <param name="scalar">The scalar.</param>
    /// <param name="yaml11">True for YAML 1.1 booleans (<c>yes</c>, <c>on</c>, … as kubectl reads them).</param>
    public static string Of(YScalar scalar, bool yaml11)
    {
        if (scalar.Tag is { } tag)
        {
            return tag is "tag:yaml.org,2002:str" or "!!str" ? String
                : tag is "tag:yaml.org,2002:int" or "!!int" ? Integer
                : tag is "tag:yaml.org,2002:bool" or "!!bool" ? Boolean
                : tag is "tag:yaml.org,2002:float" or "!!float" ? Number
                : String;
        }

        return OfUntagged(scalar, yaml11);
    }

    /// <summary>
    /// Resolves a scalar as if it had no tag: for loaders that consume a custom tag themselves (Compose's
    /// <c>!override</c>) and then read the value as usual.
    /// </summary>
    /// <param name="scalar">The scalar.</param>
    /// <param name="yaml11">True for YAML 1.1 booleans.</param>
    public static string OfUntagged(YScalar scalar, bool yaml11)
    {
        if (!scalar.IsPlain)
        {
            return String;
        }

        var value = scalar.Value;
        if (value is "" or "~" or "null" or "Null" or "NULL")
        {
            return Null;
        }

        if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE"
            || (yaml11 && value is "yes" or "Yes" or "YES" or "no" or "No" or "NO" or "on" or "On" or "ON" or "off" or "Off" or "OFF" or "y" or "Y" or "n" or "N"))
        {
            return Boolean;
        }

        if (IntegerPattern().IsMatch(value))
        {
            return Integer;
        }

        return FloatPattern().IsMatch(value) ? Number : String;
    }

    [GeneratedRegex(@"^[-+]?(?:0|[1-9][0-9_]*|0[0-7_]+|0o[0-7]+|0x[0-9a-fA-F_]+)$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^(?:[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex FloatPattern();
}
