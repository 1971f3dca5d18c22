using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace IacTest.Lint.Text;

/// <summary>
/// Case-insensitive search for ASCII words. The runtime's ordinal-ignore-case search runs one character at a time
/// when globalization is invariant (as in the CLI); this finds candidates with a vectorized search instead.
/// </summary>
internal static class AsciiSearch
{
    /// <summary>Whether <paramref name="text"/> contains <paramref name="value"/>, ignoring ASCII case.</summary>
    public static bool ContainsIgnoreCase(string text, string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        if (!IsAscii(value))
        {
            return text.Contains(value, StringComparison.OrdinalIgnoreCase);
        }

        return value.Length > 1 && Vector128.IsHardwareAccelerated
            ? ContainsByFirstAndLastCharacters(text, value)
            : ContainsByFirstCharacter(text, value);
    }

    /// <summary>
    /// Candidates are the positions where both the first and the last character of the word match, eight positions a
    /// step. Searching for the first character alone stopped at every "a" or "g" of a long file for the secrets
    /// rules' hints ("AKIA", "gh"): measured, a twentieth of a collection-shaped run with every rule family.
    /// </summary>
    private static bool ContainsByFirstAndLastCharacters(ReadOnlySpan<char> text, string value)
    {
        var last = value.Length - 1;
        var (firstMask, firstFolded) = Fold(value[0]);
        var (lastMask, lastFolded) = Fold(value[last]);
        ref var start = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(text));
        var step = Vector128<ushort>.Count;
        var i = 0;
        for (; i + last + step <= text.Length; i += step)
        {
            var first = Vector128.LoadUnsafe(ref start, (nuint)i) | firstMask;
            var end = Vector128.LoadUnsafe(ref start, (nuint)(i + last)) | lastMask;
            // Two bits a position, from the byte mask: the 16-bit lane form of ExtractMostSignificantBits is not
            // compiled to one instruction on the Native AOT baseline (measured: a call per step).
            var bits = Vector128.ExtractMostSignificantBits((Vector128.Equals(first, firstFolded) & Vector128.Equals(end, lastFolded)).AsByte());
            while (bits != 0)
            {
                var lane = BitOperations.TrailingZeroCount(bits) / 2;
                if (text.Slice(i + lane, value.Length).Equals(value, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                bits &= ~(3u << (lane * 2));
            }
        }

        return ContainsByFirstCharacter(text[i..], value);
    }

    /// <summary>
    /// The mask and value a character is compared with: an ASCII letter with its case bit set (so either case
    /// matches), anything else exactly.
    /// </summary>
    private static (Vector128<ushort> Mask, Vector128<ushort> Folded) Fold(char c) => char.IsAsciiLetter(c)
        ? (Vector128.Create((ushort)0x20), Vector128.Create((ushort)(c | 0x20)))
        : (Vector128<ushort>.Zero, Vector128.Create((ushort)c));

    private static bool ContainsByFirstCharacter(ReadOnlySpan<char> span, string value)
    {
        var first = value[0];
        var lower = char.ToLowerInvariant(first);
        var upper = char.ToUpperInvariant(first);
        var offset = 0;
        while (offset <= span.Length - value.Length)
        {
            var found = span[offset..].IndexOfAny(lower, upper);
            if (found < 0 || offset + found > span.Length - value.Length)
            {
                return false;
            }

            offset += found;
            if (span.Slice(offset, value.Length).Equals(value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            offset++;
        }

        return false;
    }

    private static bool IsAscii(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAscii(c))
            {
                return false;
            }
        }

        return true;
    }
}
