// berth-bare-pull HOST:PORT REPOSITORY DIR sha256:HEX=SIZE...
//
// A reference for bench/run-transfers, not a client: about the least work any client must do to
// pull these blobs durably from a plain-HTTP registry, so that the bench shows how far Berth and
// skopeo are from what the machine allows. One thread, one connection per blob, all
// at once; each body is read with read(2) into one buffer, hashed (OpenSSL EVP SHA-256), written,
// flushed early (sync_file_range) and fsynced, then renamed into DIR/HEX once size and digest
// match, as Berth and skopeo do. No authentication, redirects, retries or TLS.
// Exit status 1 on any failure, with the reason on stderr.

#include <openssl/evp.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace {

struct Blob {
    std::string hex;
    long long size = 0;
    int sock = -1;
    int file = -1;
    std::string head;       // response bytes up to the end of the headers
    bool inBody = false;
    long long received = 0;
    long long flushedTo = 0;
    EVP_MD_CTX *sha = nullptr;
};

[[noreturn]] void fail(const std::string &what)
{
    std::fprintf(stderr, "berth-bare-pull: %s\n", what.c_str());
    std::exit(1);
}

int connectTo(const std::string &host, const std::string &port)
{
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    if (getaddrinfo(host.c_str(), port.c_str(), &hints, &found) != 0 || !found)
        fail("cannot resolve " + host);
    const int fd = socket(found->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0 || connect(fd, found->ai_addr, found->ai_addrlen) != 0)
        fail("cannot connect to " + host + ":" + port + ": " + std::strerror(errno));
    freeaddrinfo(found);
    return fd;
}

void writeAll(int fd, const char *data, size_t size, const std::string &what)
{
    while (size > 0) {
        const ssize_t n = write(fd, data, size);
        if (n <= 0)
            fail(what + ": " + std::strerror(errno));
        data += n;
        size -= size_t(n);
    }
}

std::string hexDigest(EVP_MD_CTX *sha)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(sha, md, &length);
    std::string hex;
    for (unsigned int i = 0; i < length; ++i) {
        char two[3];
        std::snprintf(two, sizeof two, "%02x", md[i]);
        hex += two;
    }
    return hex;
}

// Body bytes of one blob: hash, write, ask the kernel to start writing back every 8 MiB.
void consume(Blob &blob, const char *data, size_t size)
{
    if (blob.received + (long long)size > blob.size)
        fail("more bytes than expected for " + blob.hex);
    EVP_DigestUpdate(blob.sha, data, size);
    writeAll(blob.file, data, size, "write " + blob.hex);
    blob.received += (long long)size;
    constexpr long long Step = 8 << 20;
    if (blob.received - blob.flushedTo >= Step) {
        sync_file_range(blob.file, blob.flushedTo, blob.received - blob.flushedTo, SYNC_FILE_RANGE_WRITE);
        blob.flushedTo = blob.received;
    }
}

void finish(Blob &blob, const std::string &dir)
{
    if (hexDigest(blob.sha) != blob.hex)
        fail("digest mismatch for " + blob.hex);
    if (fsync(blob.file) != 0)
        fail("fsync " + blob.hex + ": " + std::strerror(errno));
    close(blob.file);
    close(blob.sock);
    const std::string final = dir + "/" + blob.hex;
    if (rename((final + ".partial").c_str(), final.c_str()) != 0)
        fail("rename " + final + ": " + std::strerror(errno));
    EVP_MD_CTX_free(blob.sha);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 5)
        fail("usage: berth-bare-pull HOST:PORT REPOSITORY DIR sha256:HEX=SIZE...");
    const std::string address = argv[1];
    const size_t colon = address.rfind(':');
    if (colon == std::string::npos)
        fail("HOST:PORT expected, got " + address);
    const std::string host = address.substr(0, colon), port = address.substr(colon + 1);
    const std::string repository = argv[2], dir = argv[3];

    const auto start = std::chrono::steady_clock::now();
    std::vector<Blob> blobs;
    for (int i = 4; i < argc; ++i) {
        const std::string arg = argv[i];
        const size_t eq = arg.find('=');
        if (arg.rfind("sha256:", 0) != 0 || eq == std::string::npos)
            fail("sha256:HEX=SIZE expected, got " + arg);
        Blob blob;
        blob.hex = arg.substr(7, eq - 7);
        blob.size = std::atoll(arg.c_str() + eq + 1);
        blobs.push_back(std::move(blob));
    }
    for (Blob &blob : blobs) {
        blob.sock = connectTo(host, port);
        const std::string request = "GET /v2/" + repository + "/blobs/sha256:" + blob.hex + " HTTP/1.1\r\nHost: "
            + address + "\r\nConnection: close\r\n\r\n";
        writeAll(blob.sock, request.data(), request.size(), "send request");
        blob.file = open((dir + "/" + blob.hex + ".partial").c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (blob.file < 0)
            fail("open in " + dir + ": " + std::strerror(errno));
        blob.sha = EVP_MD_CTX_new();
        EVP_DigestInit_ex(blob.sha, EVP_sha256(), nullptr);
    }

    constexpr size_t BufferSize = 256 << 10;
    auto buffer = std::make_unique<char[]>(BufferSize);
    size_t remaining = blobs.size();
    while (remaining > 0) {
        std::vector<pollfd> fds;
        std::vector<Blob *> owners;
        for (Blob &blob : blobs) {
            if (blob.sock >= 0 && blob.received < blob.size) {
                fds.push_back({blob.sock, POLLIN, 0});
                owners.push_back(&blob);
            }
        }
        if (poll(fds.data(), fds.size(), 30000) <= 0)
            fail("no data for 30 s");
        for (size_t i = 0; i < fds.size(); ++i) {
            if (!fds[i].revents)
                continue;
            Blob &blob = *owners[i];
            const ssize_t n = read(blob.sock, buffer.get(), BufferSize);
            if (n <= 0)
                fail("connection closed early for " + blob.hex);
            const char *data = buffer.get();
            size_t size = size_t(n);
            if (!blob.inBody) {
                blob.head.append(data, size);
                const size_t end = blob.head.find("\r\n\r\n");
                if (end == std::string::npos)
                    continue;
                if (blob.head.compare(0, 12, "HTTP/1.1 200") != 0)
                    fail("GET " + blob.hex + ": " + blob.head.substr(0, blob.head.find("\r\n")));
                blob.inBody = true;
                const std::string body = blob.head.substr(end + 4);
                consume(blob, body.data(), body.size());
            } else {
                consume(blob, data, size);
            }
            if (blob.received == blob.size) {
                finish(blob, dir);
                blob.sock = -1;
                --remaining;
            }
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("bare pull: %.2f s\n", seconds);
    return 0;
}
