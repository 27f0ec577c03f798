#pragma once
// The main window: registry tree, details, transfers.

#include <QMainWindow>

namespace berth {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace berth
