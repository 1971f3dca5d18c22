using System.Text.Json.Nodes;

namespace IacTest.Lint.Tests.Hcl;

/// <summary>
/// The HCL conformance corpus (generated and hand-written <c>.tf</c> files) and what HashiCorp's parser returned for
/// each, written by <c>eng/hcl-conformance/run.sh</c>.
/// </summary>
internal static class HclCorpus
{
    public static string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "IacTest.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new DirectoryNotFoundException("IacTest.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Folder => Path.Combine(RepositoryRoot, "tests", "IacTest.Lint.Tests", "Hcl", "Corpus");

    public static string Hcl2JsonPackage => Path.Combine(RepositoryRoot, "artifacts", "tools", "hcl2json", "node_modules", "@cdktf", "hcl2json");

    /// <summary>The expectation per corpus file, by its path relative to the corpus folder.</summary>
    public static IReadOnlyDictionary<string, Hcl2JsonResult> Expectations(string? path = null)
    {
        var root = JsonNode.Parse(File.ReadAllText(path ?? Path.Combine(Folder, "expectations.json")))!.AsObject();
        return root.ToDictionary(p => p.Key, p => Hcl2JsonResult.From(p.Value!.AsObject()));
    }

    public static string Read(string relative) => File.ReadAllText(Path.Combine(Folder, relative));
}

/// <summary>What hcl2json returned for one file: its JSON when valid, otherwise its errors.</summary>
internal sealed record Hcl2JsonResult(bool Valid, JsonObject? Json, IReadOnlyList<(int Line, int Column, string Summary)> Errors, string? Message)
{
    public static Hcl2JsonResult From(JsonObject node)
    {
        var valid = node["valid"]!.GetValue<bool>();
        var errors = node["errors"] is JsonArray list
            ? list.Select(e => (e!["line"]!.GetValue<int>(), e["column"]!.GetValue<int>(), e["summary"]!.GetValue<string>())).ToList()
            : [];
        return new Hcl2JsonResult(valid, node["json"] as JsonObject, errors, node["message"]?.GetValue<string>());
    }
}
