using IacTest.Lint.Hcl;

namespace IacTest.Lint.Files;

/// <summary>
/// Where a file's lint finds the HCL parse another part of the run already made of the same text under the same name
/// (a module-level rule reads a file's siblings before their own lint starts), so each file is parsed once per run.
/// The owner of such parses registers its lookup here; the file layer never names it, which keeps rule families above
/// the file layer.
/// </summary>
internal static class SharedHclParses
{
    private static volatile Func<string, string, HclFile?>? _lookup;

    /// <summary>Sets the lookup that answers <see cref="Find"/>; the last one registered answers.</summary>
    public static void Register(Func<string, string, HclFile?> lookup) => _lookup = lookup;

    /// <summary>A parse of <paramref name="text"/> made under the name <paramref name="path"/>, or null.</summary>
    public static HclFile? Find(string path, string text) => _lookup?.Invoke(path, text);
}
