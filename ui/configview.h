#pragma once
// The Config tab: an image's entrypoint, command, environment, labels and history; for other
// artifacts their media types, annotations and blobs.

#include <QTreeWidget>

namespace berth {

struct ImageDetails;

class ConfigView final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigView)
public:
    explicit ConfigView(QWidget *parent = nullptr);

    // Rebuilds the items from details (call again after a language change).
    void show(const ImageDetails &details);

private:
    void showImage(const ImageDetails &details);
    void showArtifact(const ImageDetails &details);
    QTreeWidgetItem *section(const QString &title, const QString &value = {});
};

} // namespace berth
