namespace IacTest.Lint;

/// <summary>Reads the reference data generated into each family's <c>Data</c> folder (<c>src/Lint/Families/&lt;Family&gt;/Data</c>) and embedded in the assembly.</summary>
internal static class EmbeddedData
{
    /// <summary>Opens <c>Data/<paramref name="relativePath"/></c> (forward slashes), or throws when it is missing.</summary>
    public static Stream Open(string relativePath)
    {
        var name = "Data/" + relativePath.Replace('\\', '/');
        return typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"Embedded data '{name}' is not in {typeof(EmbeddedData).Assembly.GetName().Name}.", name);
    }

    /// <summary>Reads <c>Data/<paramref name="relativePath"/></c> as UTF-8 text.</summary>
    public static string ReadText(string relativePath)
    {
        using var reader = new StreamReader(Open(relativePath));
        return reader.ReadToEnd();
    }
}
