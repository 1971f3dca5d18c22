using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace IacTest.Harness.Images;

/// <summary>
/// One embedded recipe (the same files <c>eng/build-images.sh</c> runs) and its content hash: the tag is the hash
/// of the recipe text plus its inputs, so a changed recipe or input gives a new image and an unchanged one is reused.
/// </summary>
internal static class ImageRecipe
{
    /// <summary>Reads an embedded recipe file by name, e.g. <c>busybox.sh</c>.</summary>
    public static byte[] Read(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("IacTest.Harness.Images.Recipes." + fileName)
            ?? throw new InvalidOperationException($"recipe {fileName} is not embedded");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The first 12 hex digits of sha256(recipe + "\n" + input), as <c>eng/build-images.sh</c> computes them.</summary>
    public static string Hash(byte[] recipe, string input)
    {
        var bytes = recipe.Concat(Encoding.UTF8.GetBytes("\n" + input)).ToArray();
        return Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant()[..12];
    }

    /// <summary>The sha256 of a file, lower-case hex.</summary>
    public static string FileSha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream)).ToLowerInvariant();
    }

    /// <summary>Writes a recipe to a fresh temporary directory and returns the file path.</summary>
    public static string Extract(string fileName)
    {
        var directory = Directory.CreateTempSubdirectory("iactest-recipe-").FullName;
        var path = Path.Combine(directory, fileName);
        File.WriteAllBytes(path, Read(fileName));
        return path;
    }
}
