using System.Globalization;
using System.Text.RegularExpressions;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Kustomize.Builtin;

/// <summary>
/// Turns a parsed YAML node into the value Kustomize holds: plain scalars resolved as its YAML decoder resolves them
/// (YAML 1.2 booleans and nulls, Go's integer prefixes, octal with a leading zero), numbers normalized as its JSON
/// round trip does (<c>0x10</c> is 16, <c>1.0</c> is 1). What it cannot reproduce exactly (tags, aliases, timestamps,
/// numbers beyond a double's integers) is not guessed.
/// </summary>
internal static partial class KNodeReader
{
    // Integers above 2^53 lose digits in Kustomize's JSON round trip; reproducing that is not worth guessing.
    private const long ExactDoubleLimit = 1L << 53;

    public static KNode Read(YNode node)
    {
        switch (node)
        {
            case YMapping mapping:
                if (mapping.Tag is not null)
                {
                    throw new KustomizeUnsupportedException($"the tag {mapping.Tag}");
                }

                var map = new KMap();
                foreach (var pair in mapping.Pairs)
                {
                    if (pair.Key is not YScalar { Tag: null } key || key.Value == "<<")
                    {
                        throw new KustomizeUnsupportedException("a key that is not a plain string");
                    }

                    if (!map.Entries.TryAdd(key.Value, Read(pair.Value)))
                    {
                        throw new KustomizeUnsupportedException($"the duplicate key {key.Value}");
                    }
                }

                return map;
            case YSequence sequence:
                if (sequence.Tag is not null)
                {
                    throw new KustomizeUnsupportedException($"the tag {sequence.Tag}");
                }

                var list = new KList();
                list.Items.AddRange(sequence.Items.Select(Read));
                return list;
            case YScalar scalar:
                return Scalar(scalar);
            default:
                throw new KustomizeUnsupportedException("an alias");
        }
    }

    private static KScalar Scalar(YScalar scalar)
    {
        if (scalar.Tag is { } tag)
        {
            return tag is "!!str" or "tag:yaml.org,2002:str" ? KScalar.Of(scalar.Value) : throw new KustomizeUnsupportedException($"the tag {tag}");
        }

        return scalar.IsPlain ? Resolve(scalar.Value) : KScalar.Of(scalar.Value);
    }

    /// <summary>The value of a plain scalar.</summary>
    public static KScalar Resolve(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return KScalar.Null;
            case "true" or "True" or "TRUE":
                return new KScalar(KScalarType.Bool, "true");
            case "false" or "False" or "FALSE":
                return new KScalar(KScalarType.Bool, "false");
        }

        if (text.Length == 0 || "+-.0123456789".IndexOf(text[0]) < 0)
        {
            return KScalar.Of(text);
        }

        if (text.Contains('_', StringComparison.Ordinal) || Timestamp().IsMatch(text) || text.Contains(':', StringComparison.Ordinal) && Base60().IsMatch(text))
        {
            throw new KustomizeUnsupportedException($"the plain scalar {text}");
        }

        if (Integer(text) is { } integer)
        {
            return Number(integer);
        }

        if (Float().IsMatch(text))
        {
            return FloatValue(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        if (text is ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" or "-.inf" or "-.Inf" or "-.INF" or ".nan" or ".NaN" or ".NAN")
        {
            throw new KustomizeUnsupportedException($"the float {text}");
        }

        return KScalar.Of(text);
    }

    private static KScalar Number(long value) =>
        value is > ExactDoubleLimit or < -ExactDoubleLimit ? throw new KustomizeUnsupportedException($"the integer {value}") : KScalar.Of(value);

    // A float that JSON writes without a fraction comes back as an integer; other floats are written the way Go's
    // shortest formatting does, which C# matches between 1e-4 and 1e6.
    private static KScalar FloatValue(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new KustomizeUnsupportedException("a float that is not finite");
        }

        if (Math.Floor(value) == value && Math.Abs(value) < 1e15)
        {
            return KScalar.Of((long)value);
        }

        if (Math.Abs(value) is < 1e-4 or >= 1e6)
        {
            throw new KustomizeUnsupportedException($"the float {value}");
        }

        return new KScalar(KScalarType.Float, value.ToString("R", CultureInfo.InvariantCulture));
    }

    // Go's ParseInt with base 0: a sign, then 0x, 0o, 0b, a leading 0 for octal, or decimal digits.
    private static long? Integer(string text)
    {
        var negative = text[0] == '-';
        var digits = text[0] is '-' or '+' ? text[1..] : text;
        if (digits.Length == 0)
        {
            return null;
        }

        (int Base, string Digits) parsed = digits.Length > 1 && digits[0] == '0'
            ? char.ToLowerInvariant(digits[1]) switch
            {
                'x' => (16, digits[2..]),
                'o' => (8, digits[2..]),
                'b' => (2, digits[2..]),
                _ => (8, digits[1..]),
            }
            : (10, digits);
        if (parsed.Digits.Length == 0 || parsed.Digits.Length > 18)
        {
            return null;
        }

        long value = 0;
        foreach (var c in parsed.Digits)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => 99,
            };
            if (digit >= parsed.Base)
            {
                return null;
            }

            value = value * parsed.Base + digit;
        }

        return negative ? -value : value;
    }

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Float();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Base60();
}
