using System.Text;

namespace IacTest.Harness.Terraform;

/// <summary>
/// The CLI configuration file every command of a working copy reads (<c>TF_CLI_CONFIG_FILE</c>), written from the
/// options: the user's own <c>~/.terraformrc</c> must not change what a test does, and a mirror, when given, is the
/// only place providers come from — with no <c>direct</c> method, <c>init</c> never reaches for a registry.
/// </summary>
internal static class TerraformCliConfig
{
    public static string Render(TerraformProviderMirror? mirror, string? pluginCacheDirectory)
    {
        var builder = new StringBuilder("# Written by IacTest for one throw-away working copy.\n");
        if (pluginCacheDirectory is not null)
        {
            builder.Append("plugin_cache_dir = ").Append(Quote(pluginCacheDirectory)).Append('\n');
        }

        if (mirror is not null)
        {
            builder.Append("provider_installation {\n  filesystem_mirror {\n    path = ").Append(Quote(mirror.Path)).Append('\n');
            if (mirror.Include.Count > 0)
            {
                builder.Append("    include = [").Append(string.Join(", ", mirror.Include.Select(Quote))).Append("]\n");
            }

            builder.Append("  }\n}\n");
        }

        return builder.ToString();
    }

    /// <summary>An HCL string literal: quotes and backslashes escaped, and template sequences kept literal.</summary>
    public static string Quote(string text) => "\"" + text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("${", "$${", StringComparison.Ordinal)
        .Replace("%{", "%%{", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
