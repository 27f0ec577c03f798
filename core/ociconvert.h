#pragma once
// Docker schema 2 manifests and lists rewritten with OCI media types, serialised exactly as
// skopeo/containers-image write them, for OCI image layouts (whose readers skip Docker types).

#include "manifest.h"

#include <QByteArray>
#include <QHash>

namespace berth {

struct ConvertedManifest {
    QByteArray bytes;
    QString mediaType;
    QString digest;
};

// True for the Docker schema 2 manifest and list types.
bool isDockerMediaType(QStringView mediaType);

// An image manifest with OCI media types (OCI manifests come back unchanged).
ConvertedManifest toOciManifest(const Manifest &image);

// An index over already converted children: childDigests maps each Docker child digest to its
// converted form (children without an entry are kept as they are).
ConvertedManifest toOciIndex(const Manifest &list, const QHash<QString, ConvertedManifest> &children);

} // namespace berth
