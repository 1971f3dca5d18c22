
namespace IacTest.Lint.Families.Compose.Rules;

/// <summary>
/// Compose's variable interpolation as it matters to validation: Compose substitutes <c>$VAR</c>, <c>${VAR}</c> and
/// <c>${VAR:-default}</c> (and the other <c>${…}</c> forms) before it checks the schema, so what such a value will be
/// is not known from the file; <c>$$</c> is an escaped, literal dollar sign.
/// </summary>
internal static class ComposeInterpolation
{
    /// <summary>Whether <paramref name="value"/> holds at least one substitution (not only escaped <c>$$</c>).</summary>
    public static bool IsInterpolated(string value)
    {
        for (var i = value.IndexOf('$', StringComparison.Ordinal); i >= 0 && i < value.Length - 1; i = value.IndexOf('$', i))
        {
            var next = value[i + 1];
            if (next == '$')
            {
                i += 2;
                continue;
            }

            if (next == '{' || next == '_' || char.IsAsciiLetter(next))
            {
                return true;
            }

            i++;
        }

        return false;
    }
}
