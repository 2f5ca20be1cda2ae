// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QEventLoop>
#include <QTimer>
#include <QWidget>

namespace trato::bench {

FirstPaintWatcher::FirstPaintWatcher(QWidget *viewport, std::function<bool()> ready)
    : m_viewport(viewport)
    , m_ready(std::move(ready))
{
    viewport->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Paint && !m_painted && m_ready()) {
        m_painted = true;
        if (m_loop)
            m_loop->quit(); // takes effect after this paint event has been handled
    }
    return false;
}

bool FirstPaintWatcher::wait(int timeoutMs)
{
    if (!m_painted) {
        QEventLoop loop;
        m_loop = &loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        m_loop = nullptr;
    }
    if (m_painted)
        QCoreApplication::processEvents();
    return m_painted;
}

} // namespace trato::bench
