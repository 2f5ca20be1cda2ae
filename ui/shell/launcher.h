// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace trato {

class Database;
class MainWindow;

// Starts the desktop application: command line, language, the database (a clear message and a
// choice instead of a crash when it cannot be opened, never overwriting anything), demo data on
// request, the main window, and the integrity check once the window is on screen. Later it rebuilds
// the window when the language changes and switches files on File -> Open database. main() only
// creates the QApplication and calls run().
class Launcher : public QObject
{
    Q_OBJECT
public:
    explicit Launcher(QObject *parent = nullptr);
    ~Launcher() override;

    // Runs the application; returns the process exit code.
    int run(const QStringList &arguments);

    MainWindow *window() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Options
    {
        QString database;
        QString language;
        QString screenshot;
        QString module;
        qint64 demo = 0;
        bool quitAfterFirstPaint = false;
    };

    // false: exit with *exitCode (help, version, bad options).
    bool parse(const QStringList &arguments, int *exitCode);
    std::shared_ptr<Database> openDatabase(QString path);
    void loadDemoIfEmpty(qint64 contacts);
    void createWindow(int page, const QByteArray &geometry);
    void onFirstPaint();
    void takeScreenshot(int attempt);
    void checkIntegrity();
    void rebuildWindow(const QString &language);
    void switchDatabase(const QString &path);

    Options m_options;
    bool m_interactive = true;
    std::shared_ptr<Database> m_db;
    QPointer<MainWindow> m_window;
    bool m_firstPaintSeen = false;
};

} // namespace trato
