// berthctl --help: every command and option.

#include "cli.h"

namespace berth::cli {

void Cli::printHelp()
{
    m_out << tr(
        "Usage: berthctl [OPTIONS] COMMAND [ARGUMENTS]\n"
        "\n"
        "A command-line client for container registries (Docker Distribution and Harbor).\n"
        "\n"
        "Global options:\n"
        "  --insecure              let the named registries fall back to unverified TLS and plain HTTP\n"
        "                          (loopback registries always may, as in Docker)\n"
        "  --ca-file FILE          also trust the CA certificates in FILE (PEM)\n"
        "  --username U            user name for this call (with --password-stdin)\n"
        "  --password-stdin        read the password or token from standard input\n"
        "  --config-dir DIR        configuration folder (default: BERTH_CONFIG_DIR or the user's config folder)\n"
        "  --json                  print listings as JSON\n"
        "  --timeout SECONDS       give up a request after this long without progress (default 30)\n"
        "  -v, --verbose           log requests to standard error (never secrets)\n"
        "  -h, --help              show this help\n"
        "  --version               show the version\n"
        "\n"
        "Commands:\n"
        "  login REGISTRY --username U --password-stdin\n"
        "                          check the credentials and store them in the OS keychain\n"
        "  logout REGISTRY         remove the stored credentials\n"
        "  catalog REGISTRY        repositories, one per line\n"
        "  ls REPOSITORY           tags, one per line, in natural order\n"
        "  manifest REFERENCE      the manifest's exact bytes\n"
        "  digest REFERENCE        the manifest's digest (sha256:...)\n"
        "  config REFERENCE [--platform OS/ARCH[/VARIANT]]\n"
        "                          the image config JSON (of the host's platform for an index)\n"
        "  delete REFERENCE [--yes]\n"
        "                          delete a manifest by digest; a tag is resolved first and every tag\n"
        "                          that goes with the digest is named. Without a terminal and without\n"
        "                          --yes, prints what would go and exits 2\n"
        "  untag REFERENCE         remove one tag, keep the other tags of its digest\n"
        "  tag REFERENCE NEW_TAG   put the same manifest under another tag\n"
        "  pull REFERENCE PATH [--format oci|docker-archive] [--platform OS/ARCH[/VARIANT] | --all-platforms]\n"
        "                          default oci; an OCI layout keeps a whole index, a docker-archive\n"
        "                          holds the host's platform\n"
        "  push PATH REFERENCE     PATH: an OCI layout (DIR or DIR:TAG) or a docker-archive tar\n"
        "  copy SRC_REFERENCE DST_REFERENCE [--platform OS/ARCH[/VARIANT]]\n"
        "                          registry to registry, the whole index by default\n"
        "  sync SRC_REGISTRY[/PREFIX] DST_REGISTRY[/PREFIX] [--include GLOB] [--exclude GLOB]\n"
        "       [--tags REGEX] [--all-platforms] [--dry-run]\n"
        "                          copy matching repositories and tags to another registry\n"
        "  harbor ...              Harbor projects, repositories, artifacts, replication\n"
        "\n"
        "REGISTRY is host[:port]; REPOSITORY and REFERENCE follow the Docker reference grammar\n"
        "(host[:port]/name[:tag|@sha256:...]); a REFERENCE without tag or digest means :latest.\n"
        "\n"
        "Credentials: --username/--password-stdin for one call; otherwise the keychain entry saved by\n"
        "login or the Berth application; otherwise Docker's config.json and credential helpers;\n"
        "otherwise anonymous.\n"
        "\n"
        "Exit codes: 0 done, 1 failed, 2 usage (or confirmation needed), 3 authentication or\n"
        "permission refused, 4 not found.\n");
    m_out.flush();
}

} // namespace berth::cli
