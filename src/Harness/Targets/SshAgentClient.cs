using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;

namespace IacTest.Harness.Targets;

/// <summary>
/// A client of the ssh-agent protocol (draft-miller-ssh-agent) over the agent's Unix socket: it lists the agent's
/// public keys and asks it to sign. The private keys never leave the agent; this process sees public key blobs and
/// signatures only. One request at a time per client: the protocol answers in order on one stream.
/// </summary>
internal sealed class SshAgentClient : IDisposable
{
    private const byte Failure = 5;
    private const byte RequestIdentities = 11;
    private const byte IdentitiesAnswer = 12;
    private const byte SignRequest = 13;
    private const byte SignResponse = 14;

    // An agent message is small (a key list, a signature); a length beyond this is a broken or hostile peer.
    private const int MaxMessageBytes = 256 * 1024;

    private readonly Socket _socket;
    private readonly object _gate = new();

    private SshAgentClient(string socketPath, Socket socket)
    {
        SocketPath = socketPath;
        _socket = socket;
    }

    /// <summary>The agent's socket.</summary>
    public string SocketPath { get; }

    /// <summary>The RSA signature flags of the agent protocol: which hash an <c>ssh-rsa</c> key signs with.</summary>
    public const uint RsaSha2256 = 2;

    /// <inheritdoc cref="RsaSha2256"/>
    public const uint RsaSha2512 = 4;

    /// <summary>Connects to the agent listening at <paramref name="socketPath"/>.</summary>
    /// <exception cref="IOException">No agent answers there.</exception>
    public static SshAgentClient Connect(string socketPath, TimeSpan timeout)
    {
        if (!File.Exists(socketPath))
        {
            throw new IOException($"no ssh-agent socket at {socketPath}: it does not exist (is SSH_AUTH_SOCK that of a running agent?)");
        }

        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
        {
            ReceiveTimeout = (int)timeout.TotalMilliseconds,
            SendTimeout = (int)timeout.TotalMilliseconds,
        };
        try
        {
            socket.Connect(new UnixDomainSocketEndPoint(socketPath));
            return new SshAgentClient(socketPath, socket);
        }
        catch (SocketException e)
        {
            socket.Dispose();
            throw new IOException($"no ssh-agent answers at {socketPath} ({e.SocketErrorCode}: nothing listens there, or this user may not use it)", e);
        }
    }

    /// <summary>The agent's keys: each public key blob (RFC 4253 encoding) with its comment.</summary>
    public IReadOnlyList<(byte[] Blob, string Comment)> ListKeys()
    {
        var answer = Exchange([RequestIdentities]);
        if (answer.Length == 0 || answer[0] != IdentitiesAnswer)
        {
            throw new IOException($"the ssh-agent at {SocketPath} did not list its keys");
        }

        var reader = new WireReader(answer, 1);
        var count = reader.UInt32();
        var keys = new List<(byte[], string)>();
        for (var i = 0u; i < count; i++)
        {
            keys.Add((reader.Bytes(), Encoding.UTF8.GetString(reader.Bytes())));
        }

        return keys;
    }

    /// <summary>Has the agent sign <paramref name="data"/> with the key of <paramref name="blob"/>; returns the SSH signature blob.</summary>
    public byte[] Sign(byte[] blob, byte[] data, uint flags)
    {
        using var request = new MemoryStream();
        request.WriteByte(SignRequest);
        WireWriter.Bytes(request, blob);
        WireWriter.Bytes(request, data);
        WireWriter.UInt32(request, flags);
        var answer = Exchange(request.ToArray());
        if (answer.Length == 0 || answer[0] != SignResponse)
        {
            // The agent says no (a key confirmed per use and refused, a locked agent): authentication fails with it.
            throw new IOException(answer.Length > 0 && answer[0] == Failure
                ? $"the ssh-agent at {SocketPath} refused to sign"
                : $"the ssh-agent at {SocketPath} answered a signing request with message {(answer.Length == 0 ? -1 : answer[0])}");
        }

        return new WireReader(answer, 1).Bytes();
    }

    /// <inheritdoc />
    public void Dispose() => _socket.Dispose();

    private byte[] Exchange(byte[] message)
    {
        lock (_gate)
        {
            var frame = new byte[4 + message.Length];
            BinaryPrimitives.WriteUInt32BigEndian(frame, (uint)message.Length);
            message.CopyTo(frame, 4);
            _socket.Send(frame);
            var header = ReadExactly(4);
            var length = BinaryPrimitives.ReadUInt32BigEndian(header);
            if (length > MaxMessageBytes)
            {
                throw new IOException($"the ssh-agent at {SocketPath} sent a message of {length} bytes, over the limit of {MaxMessageBytes}");
            }

            return ReadExactly((int)length);
        }
    }

    private byte[] ReadExactly(int count)
    {
        var buffer = new byte[count];
        var read = 0;
        while (read < count)
        {
            var n = _socket.Receive(buffer, read, count - read, SocketFlags.None);
            if (n == 0)
            {
                throw new IOException($"the ssh-agent at {SocketPath} closed the connection");
            }

            read += n;
        }

        return buffer;
    }

    /// <summary>Reads SSH wire encoding (RFC 4251: uint32, string).</summary>
    internal sealed class WireReader(byte[] data, int position)
    {
        private int _position = position;

        public uint UInt32()
        {
            if (_position + 4 > data.Length)
            {
                throw new IOException("an ssh-agent message ended early");
            }

            var value = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(_position, 4));
            _position += 4;
            return value;
        }

        public byte[] Bytes()
        {
            var length = UInt32();
            if (length > data.Length - _position)
            {
                throw new IOException("an ssh-agent message ended early");
            }

            var value = data.AsSpan(_position, (int)length).ToArray();
            _position += (int)length;
            return value;
        }
    }

    /// <summary>Writes SSH wire encoding.</summary>
    private static class WireWriter
    {
        public static void UInt32(Stream stream, uint value)
        {
            Span<byte> bytes = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
            stream.Write(bytes);
        }

        public static void Bytes(Stream stream, byte[] value)
        {
            UInt32(stream, (uint)value.Length);
            stream.Write(value);
        }
    }
}
