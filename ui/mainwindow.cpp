#include "mainwindow.h"

namespace berth {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Berth"));
    resize(1200, 760);
}

} // namespace berth
