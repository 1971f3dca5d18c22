using System.Globalization;

namespace IacTest.Harness.Converge;

/// <summary>
/// Ansible version strings as roles and ansible-core write them (<c>2.14</c>, <c>2.14.18</c>, <c>2.15.0rc1</c>),
/// compared by their numbers: a missing part is 0, so <c>2.14</c> is <c>2.14.0</c> and is older than <c>2.14.18</c>.
/// </summary>
internal static class AnsibleVersions
{
    /// <summary>The numbers of <paramref name="text"/> (up to three; a pre-release suffix is dropped), or null.</summary>
    public static Version? Parse(string text)
    {
        var parts = text.Trim().Trim('"', '\'').Split('.');
        if (parts.Length is < 1 or > 4)
        {
            return null;
        }

        var numbers = new int[3];
        for (var i = 0; i < Math.Min(parts.Length, 3); i++)
        {
            // 2.15.0rc1, 2.16.0b2: the numbers before the pre-release marker.
            var digits = new string(parts[i].TakeWhile(char.IsAsciiDigit).ToArray());
            if (digits.Length == 0 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        return new Version(numbers[0], numbers[1], numbers[2]);
    }
}
