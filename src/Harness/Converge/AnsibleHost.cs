namespace IacTest.Harness.Converge;

/// <summary>
/// A host of the inventory: a running container reached with the <c>community.docker.docker</c> connection
/// (<c>docker exec</c>; the container needs python3), or any host with explicit variables.
/// </summary>
/// <param name="Name">The inventory name (what the recap and <c>--limit</c> use).</param>
/// <param name="Variables">Host variables (<c>ansible_connection</c>, <c>ansible_host</c>, …).</param>
public sealed record AnsibleHost(string Name, IReadOnlyDictionary<string, string> Variables)
{
    /// <summary>A running container by name or id, reached through <c>docker exec</c>.</summary>
    /// <param name="container">The container name or id.</param>
    /// <param name="inventoryName">The inventory name; the container name when null.</param>
    /// <param name="python">The interpreter in the container.</param>
    public static AnsibleHost Container(string container, string? inventoryName = null, string python = "/usr/bin/python3") =>
        new(inventoryName ?? container, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ansible_connection"] = "community.docker.docker",
            ["ansible_host"] = container,
            ["ansible_python_interpreter"] = python,
        });

    /// <summary>The machine running the tests itself (connection local).</summary>
    public static AnsibleHost Localhost() =>
        new("localhost", new Dictionary<string, string>(StringComparer.Ordinal) { ["ansible_connection"] = "local" });
}
