#pragma once
// The Referrers tab: manifests that refer to the shown one (signatures, SBOMs, attestations) with
// their artifact type, digest, size and annotations, or a line saying why there are none.

#include "detailsloader.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace berth {

class ReferrersTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferrersTab)
public:
    explicit ReferrersTab(QWidget *parent = nullptr);

    enum class State { Nothing, Loading, Loaded };
    void setLoading();
    void setReferrers(const ReferrerList &list);
    void clear();

    State state() const { return m_state; }
    int count() const { return int(m_list.referrers.size()); }
    QTableWidget *table() const { return m_table; }
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QLabel *m_status;
    QTableWidget *m_table;
    State m_state = State::Nothing;
    ReferrerList m_list;
};

} // namespace berth
