using System.Globalization;
using System.Net;

namespace IacTest.Harness.Checks.Probes;

/// <summary>Reads the hexadecimal addresses of <c>/proc/net/*</c>.</summary>
internal static class ProcNet
{
    /// <summary>Parses <c>0100007F</c> (IPv4) or a 32-digit IPv6 address as the kernel prints them.</summary>
    public static IPAddress ParseAddress(string hex)
    {
        var bytes = Convert.FromHexString(hex);
        // The kernel prints each 32-bit word in host (little-endian) order.
        for (var i = 0; i < bytes.Length; i += 4)
        {
            Array.Reverse(bytes, i, 4);
        }

        return new IPAddress(bytes);
    }

    /// <summary>Parses a hexadecimal port.</summary>
    public static int ParsePort(string hex) => int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
