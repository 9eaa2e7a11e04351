# Shared pieces of the question screens (self-check, maturity check) and the SECURITY ACTION
# readiness checklist.
ans-chosen = ✓ Your answer
ans-level-ready = You are ready to declare this level.
ans-level-not-ready = Not ready yet. This is what the level needs:
ans-check-met = (done)
ans-check-not-met = (not yet)
ans-level-what = What this level means and how to declare it
