using System.Text;
using Renci.SshNet;
using Renci.SshNet.Security;

namespace IacTest.Harness.Targets;

/// <summary>
/// One key held by an ssh-agent, offered to SSH.NET's public key authentication like a key file: SSH.NET asks it to
/// sign, and it asks the agent. An RSA key is offered with the SHA-2 signatures (<c>rsa-sha2-512</c>, then
/// <c>rsa-sha2-256</c>), never SHA-1 <c>ssh-rsa</c>, which OpenSSH servers refuse since 8.8; other keys (ed25519,
/// ECDSA) with their own algorithm.
/// </summary>
internal sealed class SshAgentKey : IPrivateKeySource
{
    public SshAgentKey(SshAgentClient agent, byte[] blob, string comment)
    {
        Comment = comment;
        KeyType = Encoding.ASCII.GetString(new SshAgentClient.WireReader(blob, 0).Bytes());
        HostKeyAlgorithms = KeyType == "ssh-rsa"
            ? [new AgentSignature("rsa-sha2-512", agent, blob, SshAgentClient.RsaSha2512), new AgentSignature("rsa-sha2-256", agent, blob, SshAgentClient.RsaSha2256)]
            : [new AgentSignature(KeyType, agent, blob, 0)];
    }

    /// <summary>The key's type, e.g. <c>ssh-ed25519</c>.</summary>
    public string KeyType { get; }

    /// <summary>The comment the agent holds for the key (often the file it was added from).</summary>
    public string Comment { get; }

    /// <inheritdoc />
    public IReadOnlyCollection<HostAlgorithm> HostKeyAlgorithms { get; }

    /// <summary>A signature algorithm whose signing is done by the agent.</summary>
    private sealed class AgentSignature(string name, SshAgentClient agent, byte[] blob, uint flags) : HostAlgorithm(name)
    {
        public override byte[] Data => blob;

        public override byte[] Sign(byte[] data) => agent.Sign(blob, data, flags);

        // Only the server verifies a client's signature.
        public override bool VerifySignature(byte[] data, byte[] signature) => throw new NotSupportedException("an agent key only signs");
    }
}
