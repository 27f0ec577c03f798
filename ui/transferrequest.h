#pragma once
// What one pull, push or copy is asked to do: plain values (registry options with their resolved
// credentials included) that are copied to the transfer thread, never shared with it.

#include "core/manifest.h"
#include "core/reference.h"
#include "core/registryoptions.h"

#include <optional>

namespace berth {

struct TransferRequest {
    enum class Kind { Pull, Push, Copy };
    enum class Format { Oci, DockerArchive };

    Kind kind = Kind::Pull;
    RegistryOptions source;   // Pull, Copy: the registry the image comes from
    RegistryOptions target;   // Push, Copy: the registry it goes to
    ImageReference from;      // Pull, Copy
    ImageReference to;        // Push, Copy
    QString path;             // Pull: the layout folder or archive file; Push: DIR, DIR:TAG or a tar
    Format format = Format::Oci;
    std::optional<Platform> platform; // Pull, Copy: one image of an index; nullopt: the default
    int parallel = 0;         // blobs in flight; 0: the core's default

    // The registry a push or copy writes to ("" for a pull), for refreshing the tree afterwards.
    QString targetRegistry() const { return kind == Kind::Pull ? QString() : to.registry; }
};

} // namespace berth
