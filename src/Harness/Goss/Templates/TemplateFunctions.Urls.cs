using System.Net;
using System.Net.Sockets;

namespace IacTest.Harness.Goss.Templates;

/// <summary>Sprig's URL functions (<see cref="GoUrl"/>) and <c>getHostByName</c>.</summary>
internal sealed partial class TemplateFunctions
{
    private void AddUrlsAndHosts()
    {
        AddText("urlParse", GoUrl.Parse);
        Add("urlJoin", 1, 1, a =>
        {
            var parts = Map(a[0]);
            string Part(string key) => !parts.TryGetValue(key, out var v) ? ""
                : v is string or Secrets.SecretValue ? TemplateValues.Text(v)
                : throw new TemplateFunctionException($"unable to parse {key} key, must be of type string, but {GoKind(v)} found");
            return GoUrl.Join(Part("scheme"), Part("userinfo"), Part("host"), Part("path"), Part("query"), Part("opaque"), Part("fragment"));
        });

        // Sprig picks one of the addresses at random; the first IPv4 one is among its answers, and the usual one.
        AddText("getHostByName", name =>
        {
            try
            {
                var addresses = Dns.GetHostAddresses(name);
                return (addresses.FirstOrDefault(x => x.AddressFamily == AddressFamily.InterNetwork) ?? addresses.FirstOrDefault())?.ToString()
                    ?? throw new TemplateFunctionException($"no address for host '{name}'");
            }
            catch (SocketException)
            {
                throw new TemplateFunctionException($"cannot resolve host '{name}'");
            }
        });
    }
}
