#!/usr/bin/env python3
"""A stoppable SMTP receiver for scripts/faults.sh: stores each message it
accepts as DIR/<n>.eml and appends "<Message-ID> <recipients>" to DIR/ids.txt."""
import asyncio
import email
import os
import sys
import time

from aiosmtpd.controller import Controller


class Store:
    def __init__(self, folder):
        self.folder = folder

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content)
        name = f"{time.time_ns()}.eml"
        with open(os.path.join(self.folder, name), "wb") as out:
            out.write(envelope.content)
        with open(os.path.join(self.folder, "ids.txt"), "a") as ids:
            ids.write(f"{message.get('Message-ID', '-')} {','.join(envelope.rcpt_tos)}\n")
        return "250 OK"


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    controller = Controller(Store(folder), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        asyncio.get_event_loop().run_until_complete(asyncio.Event().wait())
    except KeyboardInterrupt:
        pass
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
