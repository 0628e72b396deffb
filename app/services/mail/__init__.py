"""Outgoing mail: an outbox written by requests, and a sender loop that delivers it.

request -> outbox.enqueue() (one insert) -> notify() wakes the loop
loop: sender.run_once() claims due jobs with a lease, renders them (jobs.py: making any
      one-time token at that moment), delivers over SMTP (smtp.py), retries with backoff
"""
