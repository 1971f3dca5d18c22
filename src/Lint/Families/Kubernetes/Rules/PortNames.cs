using System.Globalization;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>
/// The API server's rules for port names (IANA service names, RFC 6335 section 5.1) and target ports, with its
/// messages: at most 15 characters of a-z, 0-9 and '-', at least one letter, no '-' at either end, no "--".
/// </summary>
internal static class PortNames
{
    /// <summary>What is wrong with a Service's <c>targetPort</c> (a number or a name), or null.</summary>
    public static string? Problem(YScalar targetPort)
    {
        if (targetPort.IsPlain && long.TryParse(targetPort.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number is >= 1 and <= 65535 ? null : "must be between 1 and 65535, inclusive";
        }

        return NameProblem(targetPort.Value);
    }

    /// <summary>What is wrong with a port name, or null.</summary>
    public static string? NameProblem(string name)
    {
        if (name.Length > 15)
        {
            return "must be no more than 15 characters";
        }

        if (!name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            return "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)";
        }

        if (name.Contains("--", StringComparison.Ordinal))
        {
            return "must not contain consecutive hyphens";
        }

        if (!name.Any(c => c is >= 'a' and <= 'z'))
        {
            return "must contain at least one letter (a-z)";
        }

        return name.StartsWith('-') || name.EndsWith('-') ? "must not begin or end with a hyphen" : null;
    }
}
