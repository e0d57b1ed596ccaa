/// The Python `websockets` peers the interop tests run as subprocesses, written to a temporary
/// folder at run time. Each prints one JSON object per line to stdout (the first is
/// `{"event": "ready", ...}` for servers) and exits when its stdin closes, so a crashed test run
/// leaves no process behind.
enum PythonPeerScripts {
    /// A `websockets` server whose request path picks a behaviour (echo, close, drop, raw bad frames,
    /// a deaf peer that stops reading, a 401 rejection); `--tls DIR` makes a CA and two certificates
    /// (one for localhost/127.0.0.1, one for wrong.example) and serves TLS on two ports.
    static let server = #"""
import asyncio, json, os, sys, threading, datetime
from urllib.parse import urlparse, parse_qs
from websockets.asyncio.server import serve
from websockets.datastructures import Headers


def log(**fields):
    print(json.dumps(fields), flush=True)


def raw_frame(opcode, payload, fin=True, rsv1=False, mask=None):
    first = (0x80 if fin else 0) | (0x40 if rsv1 else 0) | opcode
    size = len(payload)
    mask_bit = 0x80 if mask else 0
    if size < 126:
        head = bytes([first, mask_bit | size])
    elif size < 65536:
        head = bytes([first, mask_bit | 126]) + size.to_bytes(2, "big")
    else:
        head = bytes([first, mask_bit | 127]) + size.to_bytes(8, "big")
    if mask:
        payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        head += mask
    return head + payload


def close_code(ws):
    received = ws.protocol.close_rcvd
    return None if received is None else received.code


async def handler(ws):
    url = urlparse(ws.request.path)
    query = {k: v[0] for k, v in parse_qs(url.query).items()}
    route = url.path
    try:
        if route == "/echo":
            async for message in ws:
                await ws.send(message)
        elif route == "/headers":
            await ws.send(json.dumps({k.lower(): v for k, v in ws.request.headers.raw_items()}))
            await ws.wait_closed()
        elif route == "/fragments":
            await ws.send(["Hel", "lo, ", "fragmented world"])
            await ws.send([b"\x00\x01", b"\x02", b"\x03\x04"])
            await ws.wait_closed()
        elif route == "/ping-in-fragment":
            ws.transport.write(raw_frame(0x1, b"Hello, ", fin=False))
            waiter = await ws.ping(b"mid-message")
            await asyncio.wait_for(waiter, 5)
            log(event="pong", route=route)
            ws.transport.write(raw_frame(0x0, b"world", fin=True))
            await ws.send("pong arrived during the fragmented message")
            await ws.wait_closed()
        elif route == "/close":
            await ws.close(int(query["code"]), query.get("reason", ""))
        elif route == "/drop":
            await ws.send("about to drop")
            await asyncio.sleep(0.05)
            ws.transport.abort()
        elif route in ("/invalid-utf8", "/bad-rsv", "/masked", "/unknown-opcode", "/oversize", "/fragmented-ping", "/many-fragments",
                       "/close-empty", "/close-bad-code", "/close-bad-reason"):
            if route == "/invalid-utf8":
                ws.transport.write(raw_frame(0x1, b"ok \xc3\x28"))
            elif route == "/bad-rsv":
                ws.transport.write(raw_frame(0x1, b"compressed?", rsv1=True))
            elif route == "/masked":
                ws.transport.write(raw_frame(0x1, b"masked by server", mask=b"\x01\x02\x03\x04"))
            elif route == "/unknown-opcode":
                ws.transport.write(raw_frame(0x3, b""))
            elif route == "/fragmented-ping":
                ws.transport.write(raw_frame(0x9, b"p", fin=False))
            elif route == "/close-empty":
                ws.transport.write(raw_frame(0x8, b""))
            elif route == "/close-bad-code":
                ws.transport.write(raw_frame(0x8, (1005).to_bytes(2, "big")))
            elif route == "/close-bad-reason":
                ws.transport.write(raw_frame(0x8, (1000).to_bytes(2, "big") + b"\xff"))
            elif route == "/many-fragments":
                await ws.send([b"\x01" * int(query["size"]) for _ in range(int(query["count"]))])
            else:
                await ws.send(b"\x00" * int(query["size"]))
            await ws.wait_closed()
            log(event="closed", route=route, code=close_code(ws), reason=ws.protocol.close_rcvd.reason if ws.protocol.close_rcvd else None)
        elif route == "/deaf":
            ws.transport.pause_reading()
            log(event="deaf")
            await asyncio.sleep(60)
        elif route == "/client-closes":
            await ws.wait_closed()
            log(event="closed", route=route, code=close_code(ws), reason=ws.protocol.close_rcvd.reason if ws.protocol.close_rcvd else None)
    except Exception as error:  # report, never hang
        log(event="error", route=route, error=repr(error))


def reject(connection, request):
    if request.path.startswith("/reject"):
        response = connection.respond(401, '{"error":"invalid token"}')
        response.headers["WWW-Authenticate"] = "Bearer"
        response.headers["Set-Cookie"] = "session=topsecret"
        return response
    return None


def make_certificates(folder):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    import ipaddress
    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "SchemaWire test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
          .not_valid_after(now + datetime.timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True, content_commitment=False,
                                       key_encipherment=False, data_encipherment=False, key_agreement=False,
                                       encipher_only=False, decipher_only=False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    paths = {"ca": os.path.join(folder, "ca.pem")}
    with open(paths["ca"], "wb") as f:
        f.write(ca.public_bytes(serialization.Encoding.PEM))
    for label, names in (("good", [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                         ("wrong", [x509.DNSName("wrong.example")])):
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, label)]))
                .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=2))
                .add_extension(x509.SubjectAlternativeName(names), critical=False)
                .sign(ca_key, hashes.SHA256()))
        path = os.path.join(folder, label + ".pem")
        with open(path, "wb") as f:
            f.write(cert.public_bytes(serialization.Encoding.PEM))
            f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
        paths[label] = path
    return paths


async def main():
    options = dict(max_size=None, ping_interval=None, compression=None, process_request=reject)
    if len(sys.argv) > 1 and sys.argv[1] == "--tls":
        import ssl
        paths = make_certificates(sys.argv[2])
        contexts = {}
        for label in ("good", "wrong"):
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(paths[label])
            contexts[label] = context
        async with serve(handler, "127.0.0.1", 0, ssl=contexts["good"], **options) as good, \
                serve(handler, "127.0.0.1", 0, ssl=contexts["wrong"], **options) as wrong:
            log(event="ready", port=good.sockets[0].getsockname()[1], wrongPort=wrong.sockets[0].getsockname()[1], ca=paths["ca"])
            await asyncio.Future()
    async with serve(handler, "127.0.0.1", 0, **options) as server:
        log(event="ready", port=server.sockets[0].getsockname()[1])
        await asyncio.Future()


def exit_when_parent_goes():
    sys.stdin.read()
    os._exit(0)


threading.Thread(target=exit_when_parent_goes, daemon=True).start()

asyncio.run(main())
"""#

    /// A `websockets` client that runs one named scenario against a SchemaWire server and logs
    /// what it saw (echo checks, the close code and reason it received).
    static let client = #"""
import asyncio, json, os, sys, threading
from websockets.asyncio.client import connect


def log(**fields):
    print(json.dumps(fields), flush=True)


def raw_frame(opcode, payload, fin=True):
    mask = os.urandom(4)
    size = len(payload)
    if size < 126:
        head = bytes([(0x80 if fin else 0) | opcode, 0x80 | size])
    else:
        head = bytes([(0x80 if fin else 0) | opcode, 0x80 | 126]) + size.to_bytes(2, "big")
    return head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


def unmasked_frame(opcode, payload):
    return bytes([0x80 | opcode, len(payload)]) + payload


def received_close(ws):
    frame = ws.protocol.close_rcvd
    return (None, None) if frame is None else (frame.code, frame.reason)


async def scenario(base, name):
    options = dict(max_size=None, ping_interval=None, compression=None)
    if name == "echo":
        async with connect(base + "/echo", **options) as ws:
            for size in (0, 125, 126, 65535, 65536, 16 << 20):
                data = bytes((i * 31 + 7) & 0xFF for i in range(min(size, 65536))) * (size // 65536) if size >= 65536 else bytes((i * 31 + 7) & 0xFF for i in range(size))
                await ws.send(data)
                back = await ws.recv()
                log(event="echo", kind="binary", size=size, ok=back == data)
                text = "é" * (size // 2) + "a" * (size % 2)
                await ws.send(text)
                back = await ws.recv()
                log(event="echo", kind="text", size=size, ok=back == text)
            await ws.send(["frag", "mented ", "text"])
            log(event="fragments", ok=await ws.recv() == "fragmented text")
            ws.transport.write(raw_frame(0x1, b"ping ", fin=False))
            waiter = await ws.ping(b"during")
            await asyncio.wait_for(waiter, 5)
            ws.transport.write(raw_frame(0x0, b"inside", fin=True))
            log(event="ping-in-fragment", ok=await ws.recv() == "ping inside")
            latency = await asyncio.wait_for(await ws.ping(b"plain"), 5)
            log(event="pong", ok=True)
            await ws.close(4000, "bye from python")
            code, reason = received_close(ws)
            log(event="closed", code=code, reason=reason)
    elif name == "server-closes":
        async with connect(base + "/server-closes", **options) as ws:
            try:
                await ws.recv()
            except Exception:
                pass
            code, reason = received_close(ws)
            log(event="closed", code=code, reason=reason)
    else:
        async with connect(base + "/echo", **options) as ws:
            if name == "unmasked":
                ws.transport.write(unmasked_frame(0x1, b"not masked"))
            elif name == "invalid-utf8":
                ws.transport.write(raw_frame(0x1, b"\xff\xfe"))
            elif name == "oversize":
                await ws.send(b"\x00" * (2 << 20))
            try:
                await asyncio.wait_for(ws.recv(), 5)
            except Exception:
                pass
            code, reason = received_close(ws)
            log(event="closed", code=code, reason=reason)


def exit_when_parent_goes():
    sys.stdin.read()
    os._exit(0)


threading.Thread(target=exit_when_parent_goes, daemon=True).start()

asyncio.run(scenario(sys.argv[1], sys.argv[2]))
"""#
}
