using IacTest.Harness.Modules;

namespace IacTest.Harness.Ansible;

/// <summary>
/// The environment every Ansible run of the harness gets: machine-readable output, no colour, no retry files, and the
/// Ansible collections of referenced module packages on the collections path.
/// </summary>
internal static class AnsibleProcessEnvironment
{
    public static Dictionary<string, string> Create(string workDirectory)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ANSIBLE_STDOUT_CALLBACK"] = "json",
            ["ANSIBLE_NOCOLOR"] = "1",
            ["ANSIBLE_FORCE_COLOR"] = "0",
            ["ANSIBLE_RETRY_FILES_ENABLED"] = "0",
            ["ANSIBLE_HOST_KEY_CHECKING"] = "0",
            ["ANSIBLE_LOCALHOST_WARNING"] = "0",
            ["ANSIBLE_INVENTORY_UNPARSED_WARNING"] = "0",
            ["ANSIBLE_PYTHON_INTERPRETER"] = "auto_silent",
            ["ANSIBLE_LOCAL_TEMP"] = Path.Combine(workDirectory, "local-tmp"),
            // A project's ansible.cfg must not change what a test sees unless the test asks for it.
            ["ANSIBLE_CONFIG"] = Path.Combine(workDirectory, "ansible.cfg"),
            ["PYTHONUNBUFFERED"] = "1",
            ["PYTHONDONTWRITEBYTECODE"] = "1",
        };
        var inherited = Environment.GetEnvironmentVariable("ANSIBLE_COLLECTIONS_PATH") ?? Environment.GetEnvironmentVariable("ANSIBLE_COLLECTIONS_PATHS");
        var collections = IacModules.All.Where(module => module.IsAnsibleCollection).ToList();
        if (AnsibleCollectionsPath.Create(workDirectory, collections, inherited) is { } collectionsPath)
        {
            environment["ANSIBLE_COLLECTIONS_PATH"] = collectionsPath;
        }

        return environment;
    }
}
