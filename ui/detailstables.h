#pragma once
// The Layers and Platforms tabs: read-only tables filled from a manifest.

#include <QTableWidget>

namespace berth {

struct ImageDetails;

class DetailsTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsTable)
public:
    enum class Content { Layers, Platforms };
    DetailsTable(Content content, QWidget *parent = nullptr);

    // Rebuilds headers and rows (call again after a language change).
    void show(const ImageDetails &details);

private:
    void setRow(int row, const QStringList &cells, const QString &digest);

    Content m_content;
};

} // namespace berth
