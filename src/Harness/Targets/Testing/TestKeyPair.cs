using System.Security.Cryptography;
using System.Text;

namespace IacTest.Harness.Targets.Testing;

/// <summary>
/// A throw-away RSA key pair for test servers: the private key in a PEM file only its owner may read, the public key
/// as an <c>authorized_keys</c> line. Made in process, so the tests need no <c>ssh-keygen</c>.
/// </summary>
public sealed class TestKeyPair
{
    private TestKeyPair(string privateKeyFile, string publicKeyLine)
    {
        PrivateKeyFile = privateKeyFile;
        PublicKeyLine = publicKeyLine;
    }

    /// <summary>The private key (PKCS#1 PEM, mode 0600), readable by SSH.NET, OpenSSH and paramiko.</summary>
    public string PrivateKeyFile { get; }

    /// <summary>The public key, <c>ssh-rsa AAAA… comment</c>.</summary>
    public string PublicKeyLine { get; }

    /// <summary>Creates a 3072-bit key pair, its private key written to <paramref name="privateKeyFile"/>.</summary>
    public static TestKeyPair Create(string privateKeyFile, string comment = "iactest")
    {
        using var rsa = RSA.Create(3072);
        // Created empty with mode 0600 before the key goes in: at no moment can another user read it.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(privateKeyFile, options))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            writer.Write(rsa.ExportRSAPrivateKeyPem());
            writer.Write('\n');
        }

        return new TestKeyPair(privateKeyFile, $"ssh-rsa {Convert.ToBase64String(PublicBlob(rsa.ExportParameters(false)))} {comment}");
    }

    // RFC 4253, 6.6: string "ssh-rsa", mpint e, mpint n.
    private static byte[] PublicBlob(RSAParameters key)
    {
        using var blob = new MemoryStream();
        WriteString(blob, Encoding.ASCII.GetBytes("ssh-rsa"));
        WriteString(blob, MpInt(key.Exponent!));
        WriteString(blob, MpInt(key.Modulus!));
        return blob.ToArray();
    }

    private static byte[] MpInt(byte[] unsigned) => unsigned[0] >= 0x80 ? [0, .. unsigned] : unsigned;

    private static void WriteString(Stream stream, byte[] bytes)
    {
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        stream.Write(length);
        stream.Write(bytes);
    }
}
