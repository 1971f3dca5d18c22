using System.Text.Json;
using IacTest.Harness.Ansible;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Rendering;

/// <summary>
/// The host a rendering run targets: an inventory with localhost and the test's inventory variables, and — for a
/// platform — its facts in a fact cache, where Ansible reads them at the precedence of gathered facts.
/// </summary>
internal sealed record RenderHostSetup(string Inventory, IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>Writes the inventory (and the facts) into <paramref name="workspace"/>.</summary>
    public static async Task<RenderHostSetup> WriteAsync(
        TempWorkspace workspace, PlatformFacts? facts, IReadOnlyDictionary<string, object?>? inventoryVariables, CancellationToken cancellationToken)
    {
        var environment = AnsibleProcessEnvironment.Create(workspace.Root);
        // An environment or configuration that turns undefined variables into empty text must not make a
        // rendering look fine.
        environment["ANSIBLE_ERROR_ON_UNDEFINED_VARS"] = "True";
        if (facts is not null)
        {
            var cache = workspace.PathOf("facts");
            Directory.CreateDirectory(cache);
            await workspace.WriteFileAsync(Path.Combine("facts", "localhost"), facts.Facts.ToJsonString(), cancellationToken).ConfigureAwait(false);
            environment["ANSIBLE_CACHE_PLUGIN"] = "jsonfile";
            environment["ANSIBLE_CACHE_PLUGIN_CONNECTION"] = cache;
            environment["ANSIBLE_CACHE_PLUGIN_TIMEOUT"] = "0"; // never expires
        }

        // JSON is YAML; the yaml inventory plugin reads it.
        var document = new Dictionary<string, object?>
        {
            ["all"] = new Dictionary<string, object?>
            {
                ["hosts"] = new Dictionary<string, object?> { ["localhost"] = null },
                ["vars"] = inventoryVariables ?? new Dictionary<string, object?>(),
            },
        };
        // Inventory variables may hold secrets, like extra vars: written for Ansible in clear, owner-only.
        var inventory = await workspace.WriteFileAsync("inventory.yml", JsonSerializer.Serialize(document, RevealingJson.Options), cancellationToken).ConfigureAwait(false);
        return new RenderHostSetup(inventory, environment);
    }
}
