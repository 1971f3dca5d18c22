using System.Globalization;

namespace IacTest.Harness.Goss.Templates;

/// <summary>
/// Sprig's float math (<c>addf</c>, <c>subf</c>, <c>mulf</c>, <c>divf</c>, <c>add1f</c>, <c>maxf</c>, <c>minf</c>),
/// <c>seq</c> and <c>toDecimal</c>. Sprig does the <c>…f</c> arithmetic in decimal (shopspring/decimal) on each float's
/// shortest digits, so <c>addf 0.1 0.2</c> is 0.3, not 0.30000000000000004; a quotient keeps 16 decimal places.
/// </summary>
internal sealed partial class TemplateFunctions
{
    private void AddFloats()
    {
        Add("addf", 0, int.MaxValue, a => Decimal(0d, a, (x, y) => x + y));
        Add("add1f", 1, 1, a => Decimal(a[0], [1L], (x, y) => x + y));
        Add("subf", 1, int.MaxValue, a => Decimal(a[0], a[1..], (x, y) => x - y));
        Add("mulf", 1, int.MaxValue, a => Decimal(a[0], a[1..], (x, y) => x * y));
        Add("divf", 1, int.MaxValue, a => Decimal(a[0], a[1..], (x, y) => y == 0
            ? throw new TemplateFunctionException("decimal division by zero")
            : Math.Round(x / y, 16, MidpointRounding.AwayFromZero)));
        Add("maxf", 1, int.MaxValue, a => a.Select(Float).Aggregate(Math.Max));
        Add("minf", 1, int.MaxValue, a => a.Select(Float).Aggregate(Math.Min));
        Add("seq", 0, 3, a => Seq(a.Select(x => Integer(x)).ToArray()));
        Add("toDecimal", 1, 1, a => Octal(TemplateValues.Print(a[0])));
    }

    /// <summary>Sprig's toFloat64 (spf13/cast): a number, numeric text, or a bool; anything else is 0.</summary>
    private static double Float(object? value) => value is bool flag ? (flag ? 1 : 0) : TemplateValues.Number(value) ?? 0;

    private static double Decimal(object? first, object?[] rest, Func<decimal, decimal, decimal> operation)
    {
        try
        {
            var result = rest.Aggregate(ToDecimal(Float(first)), (total, next) => operation(total, ToDecimal(Float(next))));
            return double.Parse(result.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            throw new TemplateFunctionException("the result is beyond the range of decimal arithmetic");
        }
    }

    // shopspring's NewFromFloat: the float's shortest decimal digits.
    private static decimal ToDecimal(double value) =>
        decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Sprig's seq: <c>seq 3</c> is "1 2 3", <c>seq 5 2</c> counts down, <c>seq 0 2 7</c> steps by 2, as GNU seq.</summary>
    private static string Seq(long[] p)
    {
        List<object?> values;
        switch (p.Length)
        {
            case 1:
                var down = p[0] < 1 ? -1 : 1;
                values = Steps(1, p[0] + down, down);
                break;
            case 2:
                var step = p[1] < p[0] ? -1 : 1;
                values = Steps(p[0], p[1] + step, step);
                break;
            case 3:
                var increment = 1;
                if (p[2] < p[0])
                {
                    increment = -1;
                    if (p[1] > 0)
                    {
                        return "";
                    }
                }

                values = Steps(p[0], p[2] + increment, p[1]);
                break;
            default:
                return "";
        }

        return string.Join(' ', values.Select(TemplateValues.Print));
    }

    /// <summary>Sprig's toDecimal: the value's text read as an octal number (a file mode), 0 when it is none.</summary>
    private static long Octal(string text)
    {
        var negative = text.StartsWith('-');
        var digits = text.StartsWith('-') || text.StartsWith('+') ? text[1..] : text;
        if (digits.Length == 0 || digits.Any(c => c is < '0' or > '7'))
        {
            return 0;
        }

        long result = 0;
        foreach (var c in digits)
        {
            if (result > (long.MaxValue - (c - '0')) / 8)
            {
                return 0; // out of range: Go's ParseInt fails, Sprig gives 0
            }

            result = (result * 8) + (c - '0');
        }

        return negative ? -result : result;
    }
}
