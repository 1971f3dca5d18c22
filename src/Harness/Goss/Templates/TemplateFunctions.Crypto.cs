using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace IacTest.Harness.Goss.Templates;

/// <summary>
/// Sprig's symmetric crypto: <c>encryptAES</c>/<c>decryptAES</c> (AES-256-CBC, the password zero-padded or cut to 32
/// bytes as the key, a random IV first, PKCS#7 padding, base64) and <c>derivePassword</c> (Master Password: scrypt,
/// then HMAC-SHA256 picking a template's characters).
/// </summary>
internal sealed partial class TemplateFunctions
{
    private const string MasterPasswordSeed = "com.lyndir.masterpassword";

    private static readonly Dictionary<string, string[]> PasswordTemplates = new(StringComparer.Ordinal)
    {
        ["maximum"] = ["anoxxxxxxxxxxxxxxxxx", "axxxxxxxxxxxxxxxxxno"],
        ["long"] = ["CvcvnoCvcvCvcv", "CvcvCvcvnoCvcv", "CvcvCvcvCvcvno", "CvccnoCvcvCvcv", "CvccCvcvnoCvcv", "CvccCvcvCvcvno", "CvcvnoCvccCvcv",
            "CvcvCvccnoCvcv", "CvcvCvccCvcvno", "CvcvnoCvcvCvcc", "CvcvCvcvnoCvcc", "CvcvCvcvCvccno", "CvccnoCvccCvcv", "CvccCvccnoCvcv",
            "CvccCvccCvcvno", "CvcvnoCvccCvcc", "CvcvCvccnoCvcc", "CvcvCvccCvccno", "CvccnoCvcvCvcc", "CvccCvcvnoCvcc", "CvccCvcvCvccno"],
        ["medium"] = ["CvcnoCvc", "CvcCvcno"],
        ["short"] = ["Cvcn"],
        ["basic"] = ["aaanaaan", "aannaaan", "aaannaaa"],
        ["pin"] = ["nnnn"],
    };

    private static readonly Dictionary<char, string> TemplateCharacters = new()
    {
        ['V'] = "AEIOU", ['C'] = "BCDFGHJKLMNPQRSTVWXYZ", ['v'] = "aeiou", ['c'] = "bcdfghjklmnpqrstvwxyz",
        ['A'] = "AEIOUBCDFGHJKLMNPQRSTVWXYZ", ['a'] = "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz", ['n'] = "0123456789",
        ['o'] = "@&%?,=[]_:-+*$#!'^~;()/.", ['x'] = "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()",
    };

    private void AddCrypto()
    {
        Add("encryptAES", 2, 2, a => EncryptAes(TemplateValues.Text(a[0]), TemplateValues.Text(a[1])));
        Add("decryptAES", 2, 2, a => DecryptAes(TemplateValues.Text(a[0]), TemplateValues.Text(a[1])));
        Add("derivePassword", 5, 5, a => DerivePassword((uint)Integer(a[0]), TemplateValues.Text(a[1]), TemplateValues.Text(a[2]), TemplateValues.Text(a[3]), TemplateValues.Text(a[4])));
    }

    private static byte[] AesKey(string password)
    {
        var key = new byte[32];
        var bytes = Encoding.UTF8.GetBytes(password);
        bytes.AsSpan(0, Math.Min(bytes.Length, 32)).CopyTo(key);
        return key;
    }

    private static string EncryptAes(string password, string plain)
    {
        if (plain.Length == 0)
        {
            return "";
        }

        using var aes = Aes.Create();
        aes.Key = AesKey(password);
        var iv = RandomNumberGenerator.GetBytes(16);
        return Convert.ToBase64String([.. iv, .. aes.EncryptCbc(Encoding.UTF8.GetBytes(plain), iv, PaddingMode.PKCS7)]);
    }

    private static string DecryptAes(string password, string base64)
    {
        if (base64.Length == 0)
        {
            return "";
        }

        byte[] data;
        try
        {
            data = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new TemplateFunctionException("the ciphertext is not base64");
        }

        if (data.Length < 32 || data.Length % 16 != 0)
        {
            throw new TemplateFunctionException("the ciphertext is not whole AES blocks after its IV");
        }

        using var aes = Aes.Create();
        aes.Key = AesKey(password);

        // As Sprig: the last byte says how much padding to drop, unchecked (a wrong password gives other text, not an error).
        var plain = aes.DecryptCbc(data.AsSpan(16), data.AsSpan(0, 16), PaddingMode.None);
        var cut = plain[^1];
        return cut > plain.Length ? throw new TemplateFunctionException("wrong password or ciphertext") : Encoding.UTF8.GetString(plain, 0, plain.Length - cut);
    }

    private static string DerivePassword(uint counter, string type, string password, string user, string site)
    {
        if (!PasswordTemplates.TryGetValue(type, out var templates))
        {
            return $"cannot find password template {type}"; // Sprig's answer, not an error
        }

        var key = Scrypt.DeriveKey(Encoding.UTF8.GetBytes(password), Scoped(Encoding.UTF8.GetBytes(user)), 32768, 8, 2, 64);
        var message = Scoped(Encoding.UTF8.GetBytes(site));
        var counterBytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(counterBytes, counter);
        var seed = HMACSHA256.HashData(key, (byte[])[.. message, .. counterBytes]);
        var template = templates[seed[0] % templates.Length];
        return string.Concat(template.Select((c, i) => TemplateCharacters[c][seed[i + 1] % TemplateCharacters[c].Length]));
    }

    // The seed, the big-endian length, then the bytes: how Master Password scopes a user or site name.
    private static byte[] Scoped(byte[] name)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)name.Length);
        return [.. Encoding.ASCII.GetBytes(MasterPasswordSeed), .. length, .. name];
    }
}
